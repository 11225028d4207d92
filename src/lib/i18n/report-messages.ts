/** What the officials' progress reports say. */
export const viReportMessages = {
  reportsTitle: 'Báo cáo tiến độ',
  reportsIntro:
    'Báo cáo số hộ theo từng giai đoạn của mỗi xã tại cuối một ngày, dựng lại từ lịch sử ghi nhận, để gửi báo cáo định kỳ theo kế hoạch.',
  reportArea: 'Mã tỉnh hoặc mã xã',
  reportDate: 'Số liệu tính đến hết ngày',
  reportSpreadsheet: 'Tải bảng tính (.xlsx)',
  reportPdfButton: 'Tải bản PDF',
  reportTitle: (area: string, date: string) =>
    `Báo cáo tiến độ xóa nhà tạm, nhà dột nát: ${area}, đến hết ngày ${date}`,
  reportGenerated: (moment: string) => `Lập từ cổng thông tin lúc ${moment}`,
  reportColumnCode: 'Mã xã',
  reportColumnCommune: 'Xã, phường',
  reportColumnInScope: 'Số hộ (trừ hộ rút)',
  reportColumnPercent: 'Tỷ lệ hoàn thành',
  reportColumnAmount: 'Kinh phí hỗ trợ (đồng)',
  reportTotal: 'Tổng cộng',
  reportProblemArea: 'Mã đơn vị là mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số) hiện nay, trong phạm vi của bạn.',
  reportProblemDate: 'Ngày phải có dạng ngày hợp lệ và không ở tương lai.',
};

export const enReportMessages: typeof viReportMessages = {
  reportsTitle: 'Progress reports',
  reportsIntro:
    'Households by stage in each commune at the end of a chosen day, rebuilt from the recorded history, for the periodic reports the plans require.',
  reportArea: 'Province or commune code',
  reportDate: 'Figures as at the end of',
  reportSpreadsheet: 'Download spreadsheet (.xlsx)',
  reportPdfButton: 'Download PDF',
  reportTitle: (area: string, date: string) => `Progress in eliminating temporary housing: ${area}, as at ${date}`,
  reportGenerated: (moment: string) => `Made by the portal at ${moment}`,
  reportColumnCode: 'Commune code',
  reportColumnCommune: 'Commune',
  reportColumnInScope: 'Households (without withdrawn)',
  reportColumnPercent: 'Completed',
  reportColumnAmount: 'Support (đồng)',
  reportTotal: 'Total',
  reportProblemArea: 'The unit is a current province code (2 digits) or commune code (5 digits) within your area.',
  reportProblemDate: 'The date must be a valid date, not in the future.',
};
