/** What the officials' progress reports say. */
export const reports = {
  reportsTitle: 'Báo cáo tiến độ',
  intro:
    'Báo cáo số hộ theo từng giai đoạn của mỗi xã tại cuối một ngày, dựng lại từ lịch sử ghi nhận, để gửi báo cáo định kỳ theo kế hoạch.',
  area: 'Mã tỉnh hoặc mã xã',
  date: 'Số liệu tính đến hết ngày',
  spreadsheet: 'Tải bảng tính (.xlsx)',
  pdfButton: 'Tải bản PDF',
  reportTitle: (area: string, date: string) =>
    `Báo cáo tiến độ xóa nhà tạm, nhà dột nát: ${area}, đến hết ngày ${date}`,
  generated: (moment: string) => `Lập từ cổng thông tin lúc ${moment}`,
  columnCode: 'Mã xã',
  columnCommune: 'Xã, phường',
  columnInScope: 'Số hộ (trừ hộ rút)',
  columnPercent: 'Tỷ lệ hoàn thành',
  columnAmount: 'Kinh phí hỗ trợ (đồng)',
  total: 'Tổng cộng',
  problem: {
    areaInvalid: 'Mã đơn vị là mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số) hiện nay.',
    areaNotYours: 'Đơn vị này ngoài phạm vi của bạn: bạn chỉ lấy được báo cáo trong phạm vi được giao.',
    dateInvalid: 'Ngày phải có dạng ngày hợp lệ và không ở tương lai.',
  },
};
