import { template } from '../template.ts';

/** A plan's number, its date as far as the text gives it, and its issuer. */
export interface PlanReferenceParts {
  number: string | null;
  date: { precision: 'day' | 'month' | 'year'; text: string } | null;
  issuer: string;
}

/** The campaigns' published criteria, and the findings of records that do not fit them. */
export const criteria = {
  title: 'Tiêu chí và đối tượng được hỗ trợ',
  intro:
    'Các kế hoạch yêu cầu công bố công khai tiêu chí và đối tượng được hỗ trợ để mọi người cùng biết và giám sát. Mỗi thông tin dưới đây trích từ văn bản, kèm số, ngày và mục của văn bản.',
  compare: 'So sánh các kế hoạch',
  compareCaption: 'Đối tượng, hình thức hỗ trợ, mốc thời gian và khen thưởng của từng kế hoạch',
  named: 'Có',
  notNamed: 'Không nêu',
  details: 'Xem tiêu chí',
  area: 'Địa bàn',
  nationwide: 'Cả nước',
  who: 'Ai được hỗ trợ',
  whoIntro: 'Kế hoạch hỗ trợ xóa nhà tạm, nhà dột nát của các nhóm sau:',
  help: 'Hình thức và mức hỗ trợ',
  helpTypes: 'Hình thức hỗ trợ',
  amounts: 'Mức hỗ trợ của Nhà nước cho mỗi nhà',
  amountGroups: 'Nhóm',
  amountSource: 'Căn cứ',
  amountDemo:
    'Số minh họa: kế hoạch không quy định mức hỗ trợ bằng tiền; mức thật do chương trình quốc gia và quyết định của tỉnh quy định.',
  noAmounts: 'Chưa công bố mức hỗ trợ.',
  milestones: 'Các mốc thời gian',
  periodAsWritten: 'Theo lời văn kế hoạch',
  periodCounted: 'Thời gian cổng tính đóng góp (cổng tự đặt)',
  provisions: 'Kế hoạch còn quy định',
  provisionTopicLabel: {
    inspection: 'Kiểm tra, giám sát',
    reporting: 'Chế độ báo cáo',
    programme: 'Chương trình mục tiêu quốc gia',
    household_duties: 'Trách nhiệm của hộ được thụ hưởng',
    workdays: 'Ngày công',
    contributions: 'Hình thức đóng góp',
    dossier: 'Hồ sơ đề nghị khen thưởng',
    submission: 'Nộp hồ sơ',
    appraisal: 'Thẩm định hồ sơ',
  },
  recognition: 'Hình thức khen thưởng',
  recipients: 'Tặng cho',
  recipientsNotStated: 'kế hoạch không nêu',
  recipientLabel: { collective: 'tập thể', household: 'hộ gia đình', individual: 'cá nhân' } as Record<
    'collective' | 'household' | 'individual',
    string
  >,
  thresholds: 'Mức đóng góp để được gợi ý (người đóng góp)',
  thresholdsNotSet: 'đơn vị vận hành cổng chưa đặt (kế hoạch không quy định)',
  thresholdsSetBy: (who: string) => `Do đơn vị vận hành cổng đặt (${who}), không phải quy định của kế hoạch.`,
  thresholdAny: 'Đạt một trong các mức:',
  thresholdCash: (amount: string) => `tiền mặt từ ${amount}`,
  thresholdInKind: (amount: string) => `hiện vật trị giá từ ${amount}`,
  thresholdWorkdays: (days: string) => `từ ${days} ngày công`,
  thresholdHomes: (homes: string) => `tài trợ từ ${homes} căn nhà`,
  source: 'Nguồn',
  planNotNamed: '(kế hoạch không xác định)',
  quote: template<'plan' | 'section'>('Trích {plan}, mục {section}'),
  planReference: ({ number, date, issuer }: PlanReferenceParts) =>
    `Kế hoạch ${number ? `số ${number}` : '(không ghi số)'} ${
      !date
        ? '(không ghi ngày)'
        : date.precision === 'day'
          ? `ngày ${date.text}`
          : date.precision === 'month'
            ? date.text
            : `năm ${date.text}`
    } của ${issuer}`,
  readPlan: 'Đọc toàn văn kế hoạch',
  planTitle: (name: string) => `Toàn văn: ${name}`,
  planNote: 'Văn bản như đã công bố (giữ nguyên cách xuống dòng và chỗ để trống số, ngày của bản gốc).',
  notLoaded: 'Tiêu chí của kế hoạch này chưa được nạp. Quản trị viên cần chạy npm run seed.',
  selfCheckLink: 'Tự kiểm tra xem gia đình bạn có thể được hỗ trợ không',
  findingsLabel: 'Chưa khớp tiêu chí',
  findingMessage: {
    'beneficiary-group': (category: string) => `Nhóm “${category}” không có trong đối tượng của kế hoạch.`,
    'support-type': (type: string) => `Kế hoạch không có hình thức “${type}”.`,
    'campaign-area': 'Xã ghi trong hồ sơ nằm ngoài địa bàn của kế hoạch.',
    'campaign-period': (approvedOn: string) =>
      `Ngày phê duyệt ${approvedOn} nằm ngoài thời gian của kế hoạch (theo cách cổng tính ngày).`,
  },
};
