import { template } from '../template.ts';

/** The eligibility self-check: its questions, problems, verdicts and reasons. */
export const selfCheck = {
  title: 'Tự kiểm tra: gia đình tôi có thể được hỗ trợ không?',
  intro:
    'Trả lời ba câu hỏi để biết theo tiêu chí đã công bố, gia đình bạn có khả năng được hỗ trợ hay không, và vì sao. Kết quả chỉ để tham khảo: Ủy ban nhân dân xã quyết định sau khi thôn bình xét và niêm yết công khai.',
  privacy: 'Chúng tôi không lưu bất cứ điều gì bạn nhập.',
  locality: '1. Gia đình bạn ở đâu?',
  localityHint: 'Theo địa giới trước ngày 01/7/2025 nếu kế hoạch của địa phương ban hành trước đó.',
  localityElsewhere: 'Nơi khác trên cả nước',
  groups: '2. Gia đình bạn thuộc nhóm nào?',
  groupsHint: 'Chọn mọi nhóm đúng với gia đình bạn.',
  groupLabel: {
    poor: 'Hộ nghèo (có tên trong danh sách hộ nghèo của xã)',
    near_poor: 'Hộ cận nghèo (có tên trong danh sách hộ cận nghèo của xã)',
    disaster_affected: 'Nhà bị hư hại do thiên tai (bão, lũ, sạt lở…) hoặc biến đổi khí hậu',
    meritorious_family: 'Gia đình người có công với cách mạng',
    martyr_relative: 'Thân nhân liệt sĩ',
    other_hardship: 'Hoàn cảnh khó khăn khác',
    none: 'Không thuộc nhóm nào ở trên',
  },
  house: '3. Ngôi nhà gia đình đang ở thế nào?',
  houseLabel: {
    temporary:
      'Nhà tạm: dựng bằng vật liệu tạm (tre, nứa, lá, tôn cũ…), thiếu nền cứng, khung – tường cứng hoặc mái cứng',
    dilapidated: 'Nhà dột nát: hư hỏng, xuống cấp, dột, có nguy cơ sập, không an toàn',
    solid: 'Nhà kiên cố hoặc bán kiên cố, an toàn',
    unsure: 'Tôi không chắc',
  },
  submit: 'Xem kết quả',
  errors: 'Chưa xem được kết quả vì:',
  problem: {
    unknownLocality: 'Hãy chọn nơi gia đình bạn ở trong danh sách.',
    noGroup: 'Hãy chọn ít nhất một nhóm, hoặc “Không thuộc nhóm nào ở trên”.',
    noneWithGroups: '“Không thuộc nhóm nào ở trên” không thể chọn cùng các nhóm khác.',
    noHouseCondition: 'Hãy chọn tình trạng ngôi nhà.',
  },
  result: 'Kết quả',
  under: template<'campaign'>('Theo: {campaign}'),
  verdictLabel: {
    likely_eligible: 'Có khả năng được hỗ trợ',
    not_eligible: 'Không thuộc diện được hỗ trợ',
    ask_commune: 'Hãy hỏi Ủy ban nhân dân xã',
  },
  verdictNext: {
    likely_eligible: 'Hãy liên hệ trưởng thôn hoặc Ủy ban nhân dân xã để được rà soát, bình xét và đưa vào danh sách.',
    not_eligible:
      'Theo tiêu chí đã công bố, gia đình bạn không thuộc diện hỗ trợ. Nếu bạn cho rằng chưa đúng, hãy hỏi Ủy ban nhân dân xã.',
    ask_commune: 'Câu trả lời chưa đủ để kết luận. Ủy ban nhân dân xã sẽ xem xét hoàn cảnh cụ thể của gia đình bạn.',
  },
  nationalTitle: 'Chương trình quốc gia hỗ trợ nhà ở như thế nào',
  nationalIntro:
    'Mức hỗ trợ mỗi căn nhà theo từng chương trình, như nguồn chính thức công bố. Xã xác định gia đình thuộc chương trình nào.',
  programmeLabel: {
    meritorious: 'Hỗ trợ nhà ở cho người có công với cách mạng, thân nhân liệt sĩ',
    target_programmes:
      'Các chương trình mục tiêu quốc gia (giảm nghèo bền vững; vùng đồng bào dân tộc thiểu số và miền núi)',
    campaign: 'Phong trào xóa nhà tạm, nhà dột nát (hộ nghèo, cận nghèo không thuộc chương trình khác)',
  },
  offerBasis: template<'basis' | 'date'>('Căn cứ (theo nguồn, nguyên văn): {basis}; ngày {date}'),
  offerNoDate: 'nguồn không ghi ngày',
  offerSource: 'Nguồn',
  offersNone:
    'Các mức hỗ trợ quốc gia đã công bố không nêu nhóm này (không được nêu trong nguồn). Ủy ban nhân dân xã sẽ xem xét hoàn cảnh cụ thể.',
  outcomeLabel: { met: 'Đạt', not_met: 'Không đạt', unsure: 'Cần xã xác minh' },
  reasons: 'Lý do',
  reasonGroupMet: template<'groups'>('Gia đình bạn thuộc nhóm được kế hoạch hỗ trợ: {groups}.'),
  reasonGroupUnsure: template<'groups' | 'named'>(
    'Kế hoạch không nêu nhóm {groups}; kế hoạch nêu: {named}. Xã có thể hỗ trợ theo chương trình khác.',
  ),
  reasonGroupNotMet: template<'named'>('Kế hoạch chỉ hỗ trợ các nhóm: {named}.'),
  reasonHouseMet: template<'condition' | 'help'>('Nhà của bạn là {condition}: hình thức hỗ trợ là {help}.'),
  reasonHouseNotMet: 'Kế hoạch xóa nhà tạm, nhà dột nát; nhà an toàn không thuộc diện hỗ trợ.',
  reasonHouseUnsure:
    'Xã sẽ đánh giá ngôi nhà theo tiêu chí nhà tạm, nhà dột nát của Bộ Xây dựng (Quyết định 55/QĐ-BXD ngày 20/01/2025).',
  reasonPeriod: {
    during: template<'when'>('Kế hoạch đang thực hiện: {when}.'),
    before: template<'when'>('Kế hoạch chưa bắt đầu: {when}.'),
    after: template<'when'>('Kế hoạch thực hiện {when}, nay đã qua; hỏi xã xem việc hỗ trợ có còn tiếp tục không.'),
  },
  houseConditionName: { temporary: 'nhà tạm', dilapidated: 'nhà dột nát' },
};
