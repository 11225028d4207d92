import { privacy } from './privacy.ts';

/** What the complaint form, a complaint's page and the commune's list of complaints say. */
export const complaints = {
  complaintTitle: 'Gửi phản ánh',
  intro:
    'Thấy thông tin chưa đúng (một hộ không đủ điều kiện, tình trạng nhà sai, một hộ khó khăn bị bỏ sót)? Gửi phản ánh: cán bộ xã sẽ xem xét và trả lời công khai trên trang này.',
  about: 'Phản ánh về',
  aboutHousehold: (code: string, commune: string) => `Hộ ${code} trong danh sách của ${commune}`,
  aboutCommune: (commune: string) => `Số liệu hoặc danh sách hộ của ${commune}`,
  message: 'Nội dung phản ánh',
  messageHint:
    'Chỉ cán bộ xã và tỉnh đọc được nội dung này. Đừng ghi số căn cước, số điện thoại hay địa chỉ của người khác.',
  contact: 'Cách liên hệ với bạn (không bắt buộc, không công khai)',
  contactHint: 'Ví dụ: họ tên và số điện thoại hoặc thư điện tử, nếu bạn muốn cán bộ liên hệ lại.',
  submit: 'Gửi phản ánh',
  errors: 'Chưa gửi được vì:',
  problem: {
    subjectUnknown: 'Không tìm thấy xã hoặc hộ được phản ánh; hãy mở lại từ trang của xã.',
    messageTooShort: 'Hãy viết nội dung phản ánh (ít nhất 10 ký tự).',
    messageTooLong: 'Nội dung phản ánh tối đa 2.000 ký tự.',
    contactTooLong: 'Cách liên hệ tối đa 200 ký tự.',
    tooMany: 'Có quá nhiều phản ánh từ nơi bạn truy cập; hãy thử lại sau ít phút.',
    statusNotAllowed: 'Không thể chuyển phản ánh về trạng thái này.',
    answerMissing: 'Hãy viết câu trả lời công khai (10–2.000 ký tự).',
    notYourCommune: 'Bạn không có quyền trả lời phản ánh ở đơn vị này.',
    ...privacy.publicTextProblem,
  },
  pageTitle: (reference: string) => `Phản ánh ${reference}`,
  saved: (reference: string) =>
    `Đã nhận phản ánh. Mã phản ánh của bạn là ${reference}: hãy lưu lại để theo dõi câu trả lời trên trang này.`,
  reference: 'Mã phản ánh',
  status: 'Trạng thái',
  statusLabel: {
    received: 'Đã tiếp nhận',
    in_progress: 'Đang xử lý',
    answered: 'Đã trả lời',
  },
  subjectLabel: {
    household_entry: 'Một hộ trong danh sách',
    commune_figures: 'Số liệu, danh sách của xã',
  },
  received: 'Ngày nhận',
  due: 'Hạn trả lời',
  dueNote: (days: number) =>
    `Hạn trả lời là ${days} ngày kể từ ngày nhận, theo cam kết của cổng thông tin; các kế hoạch hiện chưa quy định thời hạn riêng.`,
  overdue: 'Quá hạn',
  answer: 'Trả lời của xã',
  answeredOn: 'Ngày trả lời',
  noAnswer: 'Chưa có câu trả lời.',
  household: 'Hộ',
  complaintsTitle: 'Phản ánh, kiến nghị',
  none: 'Chưa có phản ánh nào về xã này.',
  caption: (commune: string) => `Phản ánh về ${commune}`,
  aboutCommuneLink: 'Phản ánh về số liệu hoặc danh sách của xã',
  aboutHouseholdLink: 'Phản ánh',
  aboutHouseholdLabel: (code: string) => `Phản ánh về hộ ${code}`,
};
