/** The privacy notice (Law 91/2025/QH15, Decree 13/2023/NĐ-CP) and what public lists say of proportion. */
export const privacyNotice = {
  link: 'Thông báo về xử lý dữ liệu cá nhân',
  title: 'Thông báo về xử lý dữ liệu cá nhân',
  intro:
    'Cổng thông tin này công khai tiến độ xóa nhà tạm, nhà dột nát và các khoản đóng góp để người dân giám sát. Trang này nói rõ ai chịu trách nhiệm về dữ liệu cá nhân, dựa trên cơ sở pháp lý nào, công bố những gì và vì sao, giữ trong bao lâu và bạn thực hiện quyền của mình như thế nào.',
  controllerTitle: 'Bên kiểm soát dữ liệu',
  controllerIs: (name: string) => `Bên kiểm soát dữ liệu cá nhân trên cổng này là ${name}.`,
  controllerContact: (contact: string) => `Liên hệ: ${contact}`,
  controllerNotConfigured:
    'Chưa cấu hình bên kiểm soát dữ liệu: cơ quan vận hành cổng chưa khai báo tên cơ quan của mình. Cổng không tự ghi một cơ quan nào thay.',
  basisTitle: 'Cơ sở pháp lý',
  basisLaw:
    'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, có hiệu lực từ ngày 01/01/2026; Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
  basisPurpose:
    'Danh sách hộ được hỗ trợ được công khai để giám sát việc thực hiện các kế hoạch xóa nhà tạm, nhà dột nát; các khoản đóng góp được công khai để minh bạch việc tiếp nhận và sử dụng nguồn lực.',
  publishedTitle: 'Công bố những gì và vì sao',
  publishedHouseholds:
    'Về mỗi hộ: mã hộ, tên viết tắt, thôn/tổ dân phố, diện hỗ trợ, hình thức hỗ trợ, giai đoạn và ngày, mức hỗ trợ — đủ để người dân trong xã đối chiếu danh sách, không hơn. Không công bố họ tên đầy đủ, số định danh, số điện thoại, ngày sinh hay địa chỉ cụ thể.',
  publishedProportion:
    'Để hạn chế việc nhận diện từng gia đình: các trang danh sách hộ và tệp dữ liệu hộ không cho công cụ tìm kiếm lập chỉ mục; tệp tải về hàng loạt không có tên viết tắt; kết quả kiểm tra tự động “chưa khớp tiêu chí” chỉ cán bộ xem từng hồ sơ, công chúng chỉ thấy số lượng.',
  publishedDonors:
    'Về người đóng góp: tên như họ chọn (đầy đủ, viết tắt hoặc ẩn danh), số tiền hoặc hiện vật, ngày và nơi nhận. Thư điện tử và mã số thuế không được công khai.',
  retentionTitle: 'Thời gian lưu giữ',
  retentionLists: (months: number) =>
    `Danh sách từng hộ của một kế hoạch được hiển thị đến ${months} tháng sau khi kế hoạch kết thúc; sau đó chỉ còn số liệu tổng hợp.`,
  retentionSetting:
    'Thời hạn này là thiết lập của cổng (do cơ quan vận hành chọn); các kế hoạch không quy định thời hạn.',
  retentionMoney:
    'Sổ thu chi không bao giờ bị sửa hoặc xóa (mọi điều chỉnh là một bút toán mới), để việc đối chiếu luôn làm được.',
  rightsTitle: 'Quyền của bạn và cách thực hiện',
  rights:
    'Bạn có quyền được biết, xem, yêu cầu chỉnh sửa, phản đối, hạn chế việc xử lý và khiếu nại về dữ liệu của mình theo Luật 91/2025/QH15.',
  rightsHow:
    'Về một hộ trong danh sách: gửi phản ánh từ danh sách của xã (nút “Phản ánh” bên cạnh hộ) hoặc liên hệ Ủy ban nhân dân xã. Về những việc khác: liên hệ bên kiểm soát dữ liệu nêu trên.',
  rightsComplaint: 'Gửi phản ánh',
  // On household lists.
  noindexNote: 'Danh sách này không cho công cụ tìm kiếm lập chỉ mục.',
  shownAsAggregates: (households: number, campaign: string, months: number) =>
    `${households} hộ của ${campaign} không còn được liệt kê từng hộ (kế hoạch đã kết thúc hơn ${months} tháng — thiết lập của cổng); các hộ này vẫn được tính trong số liệu tổng hợp ở trên.`,
  findingsCount: (count: number) =>
    `${count} hồ sơ trong danh sách có thông tin chưa khớp tiêu chí đã công bố (kiểm tra tự động); cán bộ xã đang xem lại từng hồ sơ.`,
};
