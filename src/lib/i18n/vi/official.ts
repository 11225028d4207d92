/** Figures published by others about the campaign, shown beside the portal's own. */
export const official = {
  importTitle: 'Nhập số liệu đã công bố',
  importIntro:
    'Tải lên tệp CSV có các cột như national-reports.csv (as_of, area, kind, …, publisher, source, note). Mỗi dòng giữ nguyên bên công bố và nguồn; dòng đã nhập trước đây không được thêm lần nữa.',
  file: 'Tệp CSV',
  upload: 'Nhập',
  imported: (added: number, already: number) => `Đã thêm ${added} dòng; ${already} dòng đã có từ trước.`,
  problem: {
    unreadable: () => 'Không đọc được tệp: tệp phải là CSV, mã UTF-8.',
    noRows: () => 'Tệp không có dòng số liệu nào.',
    tooManyRows: ({ maximum }: { maximum?: string | number | bigint }) => `Tệp có hơn ${maximum} dòng.`,
    tooLarge: () => 'Tệp lớn quá 2 MB.',
    missingColumn: ({ column }: Cell) => `Thiếu cột “${column}”.`,
    date: (cell: Cell) => `${where(cell)}: ngày phải có dạng YYYY-MM-DD.`,
    area: (cell: Cell) =>
      `${where(cell)}: địa bàn là “national” hoặc mã tỉnh (2 chữ số) của thời kỳ đang có hiệu lực vào ngày as_of.`,
    kind: (cell: Cell) => `${where(cell)}: loại là “reported” (số đã đạt) hoặc “target” (chỉ tiêu).`,
    count: (cell: Cell) => `${where(cell)}: số phải là số nguyên không âm, chỉ gồm chữ số, hoặc để trống.`,
    money: (cell: Cell) => `${where(cell)}: số tiền tính bằng tỷ đồng, dấu chấm thập phân, tối đa 3 chữ số lẻ.`,
    required: (cell: Cell) => `${where(cell)}: không được để trống.`,
    tooLong: (cell: Cell) => `${where(cell)}: nội dung quá dài.`,
    areaNotYours: (cell: Cell) => `${where(cell)}: địa bàn “${cell.value}” ngoài phạm vi được giao cho bạn.`,
    futureDate: (cell: Cell) =>
      `${where(cell)}: ngày số liệu chưa đến; số liệu đã công bố không thể mang ngày sau hôm nay.`,
    countAboveTotal: (cell: Cell) => `${where(cell)}: lớn hơn cột “${cell.total}” của cùng dòng.`,
    source: (cell: Cell) =>
      `${where(cell)}: nguồn là một địa chỉ http(s) đầy đủ (https://tên-miền/…) hoặc lời dẫn nguồn bằng chữ.`,
    hiddenCharacters: (cell: Cell) =>
      `${where(cell)}: có ký tự ẩn hoặc ký tự đảo chiều chữ (thường do sao chép): hãy gõ lại.`,
  },
  reportedTitle: 'Số liệu đã công bố',
  reportedIntro:
    'Số liệu do các cơ quan báo chí, cổng thông tin chính phủ công bố, ghi kèm bên công bố, ngày và nguồn. Đây không phải số liệu của cổng thông tin này và không được cộng vào số liệu ghi nhận trên cổng. Cột ghi chú là ghi chú của cổng thông tin về cách con số được công bố, không phải lời của bên công bố.',
  recordedHere: 'Ghi nhận trên cổng thông tin này',
  officiallyReported: 'Số liệu đã công bố',
  asOf: 'Ngày số liệu',
  area: 'Địa bàn',
  national: 'Toàn quốc',
  kindLabel: { reported: 'Số đã đạt', target: 'Chỉ tiêu (kế hoạch)' },
  homesTotal: 'Tổng số căn',
  completed: 'Đã khánh thành, bàn giao',
  underWay: 'Đang khởi công, xây dựng',
  publisher: 'Bên công bố',
  source: 'Nguồn',
  note: 'Ghi chú của cổng thông tin về số liệu đã công bố',
  notStated: 'nguồn không nêu',
  noReports: 'Chưa có số liệu đã công bố nào cho địa bàn này.',
  formerProvince: (name: string) => `${name} (trước 1/7/2025)`,
  estimateTitle: 'Dự báo hoàn thành theo tốc độ hiện nay',
  estimateOwn:
    'Tính toán của cổng thông tin, không phải số liệu chính thức: số căn còn lại chia cho số căn hoàn thành bình quân mỗi tháng trong 3 tháng dương lịch gần nhất tính đến hôm nay (kể cả tháng không có căn nào hoàn thành).',
  estimate: (month: string, perMonth: string, remaining: string, from: string, to: string) =>
    `Khoảng tháng ${month}: còn ${remaining} căn, bình quân ${perMonth} căn/tháng (tháng ${from}–${to}).`,
  noRecentCompletions: (from: string, to: string) =>
    `Không có căn nào hoàn thành trong 3 tháng gần nhất (tháng ${from}–${to}): theo tốc độ này không thể dự báo ngày hoàn thành.`,
  estimateDone: 'Mọi căn trong danh sách đã hoàn thành.',
  notEnoughData: 'Chưa đủ số liệu để dự báo (cần ít nhất 2 tháng có căn hoàn thành).',
  ownScale: 'thang số bên phải',
  chartOfficial: 'Số căn hoàn thành theo số liệu đã công bố',
  supportLevelsTitle: 'Mức hỗ trợ của các chương trình',
  supportLevelsIntro:
    'Mức hỗ trợ mỗi căn theo chương trình, như nguồn đã nêu. Phần hỗ trợ thêm của địa phương (nếu có) do cơ quan vận hành nhập kèm nguồn.',
  programme: 'Chương trình',
  supportType: 'Hình thức',
  amount: 'Mức mỗi căn',
  legalBasis: 'Căn cứ',
  basisDate: 'Ngày',
  programmeLabel: {
    meritorious: 'Hỗ trợ nhà ở người có công với cách mạng, thân nhân liệt sĩ',
    target_programmes: 'Các Chương trình mục tiêu quốc gia (giảm nghèo bền vững; vùng đồng bào DTTS và miền núi)',
    campaign: 'Phong trào xóa nhà tạm, nhà dột nát (hộ nghèo, cận nghèo khác)',
  },
  levelMark: (n: number) => `Mức của chương trình: xem chú thích ${n}`,
  differsFromLevel: (expected: string, withTopUps: boolean, demo: boolean) =>
    `Khác mức quốc gia${withTopUps ? ' cộng phần địa phương hỗ trợ thêm' : ''} (${expected})${demo ? ': dữ liệu minh họa, có cả lỗi gõ cố ý' : ''}`,
  topUpsTitle: 'Phần hỗ trợ thêm của địa phương',
  topUpsIntro:
    'Mức tỉnh, xã hỗ trợ thêm mỗi căn ngoài mức quốc gia, theo văn bản của chính quyền địa phương, do cơ quan vận hành cổng thông tin nhập kèm nguồn; không phải số liệu của văn bản quốc gia.',
  beforeMerger: '(trước 1/7/2025)',
  topUpAmount: (amount: string) => `thêm ${amount} mỗi căn`,
  enteredByOperator: (day: string) => `Cơ quan vận hành nhập ngày ${day}.`,
  topUpsFormTitle: 'Mức hỗ trợ thêm của địa phương',
  topUpsFormIntro:
    'Nhập phần tỉnh hoặc xã hỗ trợ thêm mỗi căn ngoài mức quốc gia, kèm văn bản quyết định và địa chỉ nơi văn bản được công bố. Mục đã nhập không sửa, không xóa: để sửa, nhập mục mới; nhập 0 khi địa phương thôi hỗ trợ thêm.',
  unitEra: 'Thời kỳ của đơn vị',
  eraLabel: { '2025': 'Từ 1/7/2025 (34 tỉnh)', pre2025: 'Trước 1/7/2025 (63 tỉnh)' },
  unitCode: 'Mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số)',
  topUpAmountField: 'Số tiền thêm mỗi căn (đồng)',
  topUpLegalBasis: 'Văn bản quyết định (số, ngày, cơ quan ban hành)',
  topUpSource: 'Địa chỉ nơi công bố văn bản (https://…)',
  topUpNote: 'Ghi chú (không bắt buộc)',
  enter: 'Nhập',
  entered: (unit: string) => `Đã nhập mức hỗ trợ thêm của ${unit}.`,
  topUpsEntered: 'Các mục đã nhập',
  noTopUps: 'Chưa nhập mục nào.',
  inForce: 'Đang áp dụng',
  replaced: 'Đã được thay bằng mục sau',
  addsNothing: 'Đang áp dụng: địa phương không hỗ trợ thêm',
  topUpProblem: {
    eraUnknown: 'Chọn thời kỳ của đơn vị hành chính.',
    unitCodeInvalid: 'Mã đơn vị là 2 chữ số (tỉnh) hoặc 5 chữ số (xã).',
    unitUnknown: 'Không có tỉnh hoặc xã mang mã này trong thời kỳ đã chọn.',
    unitNotYours: 'Đơn vị này ngoài phạm vi được giao cho bạn.',
    programmeUnknown: 'Chọn chương trình.',
    supportTypeUnknown: 'Chọn hình thức hỗ trợ.',
    amountInvalid: 'Số tiền là số đồng nguyên, từ 0 đến 1.000.000.000, ví dụ 10.000.000.',
    legalBasisMissing: 'Ghi văn bản quyết định: số, ngày và cơ quan ban hành.',
    sourceInvalid: 'Ghi địa chỉ trang công bố văn bản, bắt đầu bằng https://.',
    tooLong: 'Nội dung quá dài.',
  },
};

type Cell = {
  row?: string | number | bigint;
  column?: string | number | bigint;
  value?: string | number | bigint;
  total?: string | number | bigint;
};
const where = ({ row, column, value }: Cell) => `Dòng ${row}, cột “${column}”, giá trị “${value}”`;
