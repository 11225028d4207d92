import { privacy } from './privacy.ts';

const village = 'Thôn, tổ dân phố';
/** A row's village, the one free-text column the public list shows, holding personal data. */
const inVillage = (problem: keyof typeof privacy.publicTextProblem) =>
  `Cột “${village}”: ${privacy.publicTextProblem[problem]}`;

/** What the household list import says: the upload form, the preview and its problems. */
export const imports = {
  title: 'Nhập danh sách hộ từ Excel',
  intro:
    'Tải mẫu Excel, điền mỗi hộ một dòng, rồi tải lên. Cổng thông tin kiểm tra từng dòng và cho xem trước; chỉ khi mọi dòng đều đúng mới lưu được, và lưu tất cả cùng lúc.',
  template: 'Tải mẫu danh sách hộ (.xlsx)',
  campaign: 'Kế hoạch',
  file: 'Tệp Excel (.xlsx, tối đa 5 MB, 5.000 hộ)',
  upload: 'Tải lên và kiểm tra',
  link: 'Nhập danh sách hộ từ Excel',
  previewTitle: (file: string) => `Xem trước: ${file}`,
  summary: (rows: number, withProblems: number) =>
    withProblems === 0
      ? `${rows} hộ, không có lỗi. Kiểm tra lại rồi bấm Lưu.`
      : `${rows} hộ, ${withProblems} dòng có lỗi: sửa trong tệp Excel rồi tải lên lại. Chưa có gì được lưu.`,
  save: (rows: number) => `Lưu ${rows} hộ`,
  saved: (rows: number) => `Đã lưu ${rows} hộ vào danh sách công khai.`,
  line: 'Dòng',
  problems: 'Lỗi',
  findings: 'Chưa khớp tiêu chí (vẫn lưu được, sẽ được đánh dấu)',
  uploadAgain: 'Tải lên tệp khác',
  householdSheetColumn: {
    code: 'Mã hộ',
    commune: 'Mã xã',
    village,
    name: 'Họ tên chủ hộ',
    category: 'Diện hỗ trợ',
    supportType: 'Hình thức',
    programme: 'Chương trình',
    amount: 'Số tiền hỗ trợ',
    identifiedOn: 'Ngày rà soát',
    approvedOn: 'Ngày phê duyệt',
  },
  sheetProblem: {
    notASpreadsheet: 'Tệp này không phải tệp Excel (.xlsx) đọc được. Hãy dùng mẫu của cổng thông tin.',
    empty: 'Tệp không có hộ nào: hãy điền từ dòng thứ 2 của mẫu.',
    wrongColumns: 'Các cột không đúng mẫu: dòng đầu phải là tiêu đề của mẫu, đúng thứ tự. Hãy tải mẫu mới.',
    tooManyRows: 'Tệp có hơn 5.000 hộ: hãy chia theo xã hoặc theo thôn.',
    tooLarge: 'Tệp quá lớn: tối đa 5 MB.',
    campaignUnknown: 'Hãy chọn kế hoạch.',
    alreadySaved: 'Danh sách này đã được lưu.',
  },
  rowProblem: {
    codeInvalid: 'Mã hộ chỉ gồm chữ, số và gạch ngang (3–40 ký tự).',
    codeRepeated: 'Mã hộ bị trùng trong tệp.',
    codeTaken: 'Mã hộ đã có trong danh sách.',
    communeInvalid: 'Mã xã gồm 5 chữ số.',
    communeUnknown: 'Không có xã, phường nào với mã này.',
    notYourCommune: 'Xã này ngoài phạm vi của bạn.',
    villageMissing: 'Thiếu tên thôn (tối đa 100 ký tự).',
    nameMissing: 'Thiếu họ tên chủ hộ.',
    categoryUnknown: 'Diện hỗ trợ không có trong danh mục.',
    supportTypeUnknown: 'Hình thức phải là Xây mới hoặc Sửa chữa.',
    programmeUnknown: 'Chương trình không có trong danh mục.',
    amountInvalid: 'Số tiền là số nguyên đồng.',
    dateInvalid: 'Ngày không đúng dạng dd/mm/yyyy.',
    dateInFuture: 'Ngày ở tương lai.',
    approvedBeforeIdentified: 'Ngày phê duyệt trước ngày rà soát.',
    textHasPhoneNumber: inVillage('textHasPhoneNumber'),
    textHasIdNumber: inVillage('textHasIdNumber'),
    textHasBankAccount: inVillage('textHasBankAccount'),
    textHasAddress: inVillage('textHasAddress'),
    textHasEmail: inVillage('textHasEmail'),
    textHasHiddenCharacters: inVillage('textHasHiddenCharacters'),
    textHasBrokenCharacters: inVillage('textHasBrokenCharacters'),
  },
};
