/** What a refused statement names: its row, the bank's column and the value found (made safe to show). */
type Found = Readonly<Record<string, string | number | bigint>>;
const at = (found: Found) => `dòng ${found.row}, cột “${found.column}”: “${found.value}”`;

/** What the fund treasurer's pages say: bank statements and the queue of unmatched credits. */
export const payments = {
  statementsTitle: 'Sao kê ngân hàng của quỹ',
  statementsIntro:
    'Tải lên sao kê tài khoản của quỹ (CSV hoặc Excel .xlsx, theo mẫu xuất của ngân hàng). Mỗi giao dịch chỉ được nhập một lần; khoản có mã đóng góp trong nội dung được đối chiếu tự động, khoản còn lại chờ đối chiếu dưới đây.',
  statementsBank: 'Ngân hàng',
  statementsFile: 'Tệp sao kê (.csv tối đa 50 MB, .xlsx tối đa 2 MB)',
  statementsUpload: 'Nhập sao kê',
  statementsImported: (added: number, already: number, matched: number, waiting: number) =>
    `Đã nhập: ${added} khoản mới (${already} khoản đã nhập trước đó), ${matched} khoản đã đối chiếu tự động, ${waiting} khoản chờ đối chiếu.`,
  statementsImportedConflicts: (conflicts: number) =>
    `${conflicts} giao dịch đã nhập trước đó nay có số tiền, ngày hoặc nội dung khác: được giữ riêng để thủ quỹ xem xét, không tính vào đâu.`,
  statementsImportedRefunds: (refunds: number) =>
    `${refunds} khoản ghi nợ là ngân hàng hoàn lại một khoản đã nhận (nội dung ghi mã giao dịch của khoản đó): đã ghi là hoàn tiền, số đã nhận giảm tương ứng.`,
  statementsRefundsRefused: (refused: number) =>
    `${refused} khoản ghi nợ ghi mã giao dịch của một khoản đã nhận nhưng không được ghi là hoàn tiền (lớn hơn số còn lại của khoản đó, hoặc đã ghi trước đó với số tiền khác); mã của chúng có trong nhật ký thay đổi của lần nhập này, cần thủ quỹ xem xét.`,
  statementsUnreadable: (reason: string) => `Không nhập sao kê (không dòng nào được ghi): ${reason}.`,
  statementProblem: {
    notCsv: (found: Found) => `tệp không phải CSV đọc được (từ dòng ${found.row})`,
    columnCount: (found: Found) =>
      `dòng ${found.row} có ${found.found} ô, tiêu đề có ${found.expected}: có thể dấu phẩy trong nội dung làm lệch cột số tiền`,
    notXlsx: () => 'tệp không phải Excel (.xlsx) đọc được',
    wrongLayout: (found: Found) => `không phải sao kê ${found.bank}: thiếu cột ${found.columns}`,
    amountNotNumber: (found: Found) => `${at(found)} không phải số tiền`,
    amountFractional: (found: Found) => `${at(found)} có phần lẻ của đồng; số tiền phải là đồng nguyên`,
    amountSeparators: (found: Found) =>
      `${at(found)} ghi dấu phân cách khác cách ngân hàng này ghi số tiền, nên không rõ là bao nhiêu đồng`,
    amountCurrency: (found: Found) => `${at(found)} không phải tiền đồng Việt Nam`,
    amountSign: (found: Found) => `${at(found)} mang dấu ngược với cột, nên không rõ tiền vào hay ra`,
    amountTooLarge: (found: Found) => `${at(found)} vượt mức tối đa cổng ghi nhận cho một khoản (1.000 tỷ đồng)`,
    amountBoth: (found: Found) => `dòng ${found.row} có số tiền ở cả cột ghi có và cột ghi nợ`,
    amountNone: (found: Found) => `dòng ${found.row} không có số tiền ở cột ghi có hay cột ghi nợ`,
    transactionIdMissing: (found: Found) => `dòng ${found.row} thiếu mã giao dịch ở cột “${found.column}”`,
    dateInvalid: (found: Found) => `${at(found)} không phải ngày giờ dạng 25/09/2025 14:30`,
    nulCharacter: (found: Found) => `${at(found)} chứa ký tự NUL, không lưu được`,
  },
  statementsFileTooLarge: (limits: Found) =>
    `Tệp sao kê quá lớn: CSV tối đa ${limits.csv} MB, Excel (.xlsx) tối đa ${limits.xlsx} MB. Sao kê lớn hơn hãy xuất ra CSV hoặc chia theo thời gian.`,
  statementsFileMissing: 'Hãy chọn tệp sao kê.',
  statementsQueue: 'Khoản chờ đối chiếu',
  statementsQueueEmpty: 'Không có khoản nào chờ đối chiếu.',
  statementsQueueShown: (shown: number, total: number) => `${shown} khoản cũ nhất trong ${total} khoản chờ đối chiếu.`,
  statementsConflicts: 'Giao dịch xuất lại khác bản đã nhập',
  statementsConflictsIntro:
    'Ngân hàng xuất lại các giao dịch này với số tiền, ngày hoặc nội dung khác bản đã nhập. Bản mới được giữ nguyên như đã nhập, không được đối chiếu và không tính vào tổng nào; bản đã nhập trước vẫn giữ như cũ. Hãy đối chiếu với ngân hàng.',
  statementsConflictsShown: (shown: number, total: number) => `${shown} giao dịch mới nhất trong ${total}.`,
  statementsTransaction: 'Giao dịch',
  statementsKeptVersion: 'Bản đã nhập',
  statementsArrivedVersion: 'Bản xuất lại',
  statementsArrivedFrom: (file: string, when: string) => `tệp ${file}, nhập lúc ${when}`,
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
    notYourFund: 'Đóng góp này dành cho quỹ ngoài phạm vi của bạn: thủ quỹ của quỹ đó sẽ đối chiếu.',
  },
};
