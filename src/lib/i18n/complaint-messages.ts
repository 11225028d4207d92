import type { ComplaintProblem } from '../complaints/complaint-form.ts';
import type { ComplaintStatus, ComplaintSubject } from '../complaints/vocabulary.ts';

/** What the complaint form, a complaint's page and the commune's list of complaints say. */
export const viComplaintMessages = {
  complaintTitle: 'Gửi phản ánh',
  complaintIntro:
    'Thấy thông tin chưa đúng (một hộ không đủ điều kiện, tình trạng nhà sai, một hộ khó khăn bị bỏ sót)? Gửi phản ánh: cán bộ xã sẽ xem xét và trả lời công khai trên trang này.',
  complaintAbout: 'Phản ánh về',
  complaintAboutHousehold: (code: string, commune: string) => `Hộ ${code} trong danh sách của ${commune}`,
  complaintAboutCommune: (commune: string) => `Số liệu hoặc danh sách hộ của ${commune}`,
  complaintMessage: 'Nội dung phản ánh',
  complaintMessageHint:
    'Chỉ cán bộ xã và tỉnh đọc được nội dung này. Đừng ghi số căn cước, số điện thoại hay địa chỉ của người khác.',
  complaintContact: 'Cách liên hệ với bạn (không bắt buộc, không công khai)',
  complaintContactHint: 'Ví dụ: họ tên và số điện thoại hoặc thư điện tử, nếu bạn muốn cán bộ liên hệ lại.',
  complaintSubmit: 'Gửi phản ánh',
  complaintErrors: 'Chưa gửi được vì:',
  complaintProblem: {
    subjectUnknown: 'Không tìm thấy xã hoặc hộ được phản ánh; hãy mở lại từ trang của xã.',
    messageTooShort: 'Hãy viết nội dung phản ánh (ít nhất 10 ký tự).',
    messageTooLong: 'Nội dung phản ánh tối đa 2.000 ký tự.',
    contactTooLong: 'Cách liên hệ tối đa 200 ký tự.',
    tooMany: 'Có quá nhiều phản ánh từ nơi bạn truy cập; hãy thử lại sau ít phút.',
    statusNotAllowed: 'Không thể chuyển phản ánh về trạng thái này.',
    answerMissing: 'Hãy viết câu trả lời công khai (10–2.000 ký tự).',
    notYourCommune: 'Bạn không có quyền trả lời phản ánh ở đơn vị này.',
  } satisfies Record<ComplaintProblem, string>,
  complaintPageTitle: (reference: string) => `Phản ánh ${reference}`,
  complaintSaved: (reference: string) =>
    `Đã nhận phản ánh. Mã phản ánh của bạn là ${reference}: hãy lưu lại để theo dõi câu trả lời trên trang này.`,
  complaintReference: 'Mã phản ánh',
  complaintStatus: 'Trạng thái',
  complaintStatusLabel: {
    received: 'Đã tiếp nhận',
    in_progress: 'Đang xử lý',
    answered: 'Đã trả lời',
  } satisfies Record<ComplaintStatus, string>,
  complaintSubjectLabel: {
    household_entry: 'Một hộ trong danh sách',
    commune_figures: 'Số liệu, danh sách của xã',
  } satisfies Record<ComplaintSubject, string>,
  complaintReceived: 'Ngày nhận',
  complaintDue: 'Hạn trả lời',
  complaintDueNote: (days: number) =>
    `Hạn trả lời là ${days} ngày kể từ ngày nhận, theo cam kết của cổng thông tin; các kế hoạch hiện chưa quy định thời hạn riêng.`,
  complaintOverdue: 'Quá hạn',
  complaintAnswer: 'Trả lời của xã',
  complaintAnsweredOn: 'Ngày trả lời',
  complaintNoAnswer: 'Chưa có câu trả lời.',
  complaintHousehold: 'Hộ',
  complaintsTitle: 'Phản ánh, kiến nghị',
  complaintsNone: 'Chưa có phản ánh nào về xã này.',
  complaintsCaption: (commune: string) => `Phản ánh về ${commune}`,
  complaintAboutCommuneLink: 'Phản ánh về số liệu hoặc danh sách của xã',
  complaintAboutHouseholdLink: 'Phản ánh',
  complaintAboutHouseholdLabel: (code: string) => `Phản ánh về hộ ${code}`,
};

export const enComplaintMessages: typeof viComplaintMessages = {
  complaintTitle: 'Raise a complaint',
  complaintIntro:
    'Is something wrong (a household that does not qualify, a wrong stage, a household in need left out)? Raise a complaint: the commune’s officers look into it and answer publicly on this page.',
  complaintAbout: 'About',
  complaintAboutHousehold: (code: string, commune: string) => `Household ${code} on the list of ${commune}`,
  complaintAboutCommune: (commune: string) => `The figures or household list of ${commune}`,
  complaintMessage: 'Your complaint',
  complaintMessageHint:
    'Only the commune’s and province’s officers read this. Do not write other people’s ID numbers, phone numbers or addresses.',
  complaintContact: 'How to reach you (optional, never public)',
  complaintContactHint: 'For example your name and a phone number or email, if you want an officer to contact you.',
  complaintSubmit: 'Send complaint',
  complaintErrors: 'Not sent, because:',
  complaintProblem: {
    subjectUnknown: 'The commune or household was not found; open the form again from the commune’s page.',
    messageTooShort: 'Write your complaint (at least 10 characters).',
    messageTooLong: 'A complaint can have at most 2,000 characters.',
    contactTooLong: 'Contact details can have at most 200 characters.',
    tooMany: 'Too many complaints from where you are; try again in a few minutes.',
    statusNotAllowed: 'The complaint cannot move to this status.',
    answerMissing: 'Write the public answer (10–2,000 characters).',
    notYourCommune: 'You may not answer complaints in this unit.',
  },
  complaintPageTitle: (reference: string) => `Complaint ${reference}`,
  complaintSaved: (reference: string) =>
    `Complaint received. Its reference is ${reference}: keep it to follow the answer on this page.`,
  complaintReference: 'Reference',
  complaintStatus: 'Status',
  complaintStatusLabel: {
    received: 'Received',
    in_progress: 'Being handled',
    answered: 'Answered',
  },
  complaintSubjectLabel: {
    household_entry: 'A household on the list',
    commune_figures: 'The commune’s figures or list',
  },
  complaintReceived: 'Received on',
  complaintDue: 'Answer due by',
  complaintDueNote: (days: number) =>
    `An answer is due ${days} days after receipt, as the portal’s own commitment; the plans set no time limit of their own.`,
  complaintOverdue: 'Overdue',
  complaintAnswer: 'The commune’s answer',
  complaintAnsweredOn: 'Answered on',
  complaintNoAnswer: 'No answer yet.',
  complaintHousehold: 'Household',
  complaintsTitle: 'Complaints',
  complaintsNone: 'No complaints about this commune yet.',
  complaintsCaption: (commune: string) => `Complaints about ${commune}`,
  complaintAboutCommuneLink: 'Raise a complaint about the commune’s figures or list',
  complaintAboutHouseholdLink: 'Complain',
  complaintAboutHouseholdLabel: (code: string) => `Raise a complaint about household ${code}`,
};
