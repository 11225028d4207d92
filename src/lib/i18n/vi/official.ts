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
  },
  reportedTitle: 'Số liệu chính thức đã công bố',
  reportedIntro:
    'Số liệu do các cơ quan báo chí, cổng thông tin chính phủ công bố, ghi kèm bên công bố, ngày và nguồn. Đây không phải số liệu của cổng thông tin này và không được cộng vào số liệu ghi nhận trên cổng.',
  recordedHere: 'Ghi nhận trên cổng thông tin này',
  officiallyReported: 'Công bố chính thức',
  asOf: 'Ngày số liệu',
  area: 'Địa bàn',
  national: 'Toàn quốc',
  kindLabel: { reported: 'Số đã đạt', target: 'Chỉ tiêu (kế hoạch)' },
  homesTotal: 'Tổng số căn',
  completed: 'Đã khánh thành, bàn giao',
  underWay: 'Đang khởi công, xây dựng',
  publisher: 'Bên công bố',
  source: 'Nguồn',
  note: 'Ghi chú của nguồn',
  notStated: 'nguồn không nêu',
  noReports: 'Chưa có số liệu chính thức nào cho địa bàn này.',
  formerProvince: (name: string) => `${name} (trước 1/7/2025)`,
  estimateTitle: 'Dự báo hoàn thành theo tốc độ hiện nay',
  estimateOwn:
    'Tính toán của cổng thông tin, không phải số liệu chính thức: số căn còn lại chia cho số căn hoàn thành bình quân mỗi tháng trong 3 tháng gần nhất có ghi nhận.',
  estimate: (month: string, perMonth: string, remaining: string, from: string, to: string) =>
    `Khoảng tháng ${month}: còn ${remaining} căn, bình quân ${perMonth} căn/tháng (tháng ${from}–${to}).`,
  estimateDone: 'Mọi căn trong danh sách đã hoàn thành.',
  notEnoughData: 'Chưa đủ số liệu để dự báo (cần ít nhất 2 tháng có căn hoàn thành).',
  chartOfficial: 'Số căn hoàn thành theo công bố chính thức',
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
};

type Cell = { row?: string | number | bigint; column?: string | number | bigint; value?: string | number | bigint };
const where = ({ row, column, value }: Cell) => `Dòng ${row}, cột “${column}”, giá trị “${value}”`;
