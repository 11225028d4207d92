/** What the fund treasurer's pages say: bank statements and the queue of unmatched credits. */
export const payments = {
  statementsTitle: 'Sao kê ngân hàng của quỹ',
  statementsIntro:
    'Tải lên sao kê tài khoản của quỹ (CSV hoặc Excel .xlsx, theo mẫu xuất của ngân hàng). Mỗi giao dịch chỉ được nhập một lần; khoản có mã đóng góp trong nội dung được đối chiếu tự động, khoản còn lại chờ đối chiếu dưới đây.',
  statementsBank: 'Ngân hàng',
  statementsFile: 'Tệp sao kê (.csv hoặc .xlsx, tối đa 10 MB)',
  statementsUpload: 'Nhập sao kê',
  statementsImported: (added: number, already: number, matched: number, waiting: number) =>
    `Đã nhập: ${added} khoản mới (${already} khoản đã nhập trước đó), ${matched} khoản đã đối chiếu tự động, ${waiting} khoản chờ đối chiếu.`,
  statementsUnreadable: (reason: string) => `Không đọc được sao kê: ${reason}.`,
  statementsTooLarge: (megabytes: string) =>
    `Tệp sao kê lớn hơn ${megabytes} MB: hãy tách sao kê theo từng khoảng thời gian.`,
  statementsFileMissing: 'Hãy chọn tệp sao kê.',
  statementsQueue: 'Khoản chờ đối chiếu',
  statementsQueueEmpty: 'Không có khoản nào chờ đối chiếu.',
  statementsBookedAt: 'Ngày giờ',
  statementsAmount: 'Số tiền',
  statementsDescription: 'Nội dung chuyển khoản',
  statementsMatchTo: 'Mã đóng góp',
  statementsMatch: 'Đối chiếu',
  statementsMatchLabel: (transaction: string) => `Mã đóng góp cho giao dịch ${transaction}`,
  statementsMatched: 'Đã đối chiếu: khoản tiền được tính cho đóng góp và hiện trên các trang công khai.',
  matchProblem: {
    referenceInvalid: 'Mã đóng góp gồm CT và 8 ký tự, ví dụ CT7K9Q2XMA.',
    rowUnknown: 'Không tìm thấy khoản này trong sao kê.',
    alreadyMatched: 'Khoản này đã được đối chiếu.',
    pledgeUnknown: 'Không có đóng góp nào (chưa hủy) với mã này.',
    notMoney: 'Đóng góp này là vật liệu hoặc ngày công, không phải tiền.',
    notTreasurer: 'Chỉ thủ quỹ mới đối chiếu được.',
  },
};
