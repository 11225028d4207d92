/** The site frame: name, navigation, language switch, footer, error pages and words used everywhere. */
export const common = {
  siteName: 'Chung tay xóa nhà tạm, nhà dột nát',
  siteTagline: 'Cổng thông tin công khai về tiến độ và nguồn lực',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  otherLanguage: 'English',
  otherLanguageLabel: 'Xem bằng tiếng Anh',
  mainNavigation: 'Điều hướng chính',
  breadcrumb: 'Vị trí trang',
  home: 'Trang chủ',
  demoBanner:
    'Dữ liệu minh họa: số hộ, tiến độ và số tiền trên trang này do hệ thống tạo ra để thử nghiệm, không phải số liệu chính thức.',
  dataAsOf: (when: string) => `Số liệu cập nhật lúc ${when}`,
  noDataYet: 'Chưa có số liệu.',
  download: 'Tải dữ liệu',
  code: 'Mã',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundPage: 'Địa chỉ này không tồn tại. Hãy dùng ô tìm kiếm hoặc quay về trang chủ.',
  backHome: 'Về trang chủ',
  boundaryCredit:
    'Ranh giới hành chính: Nhà xuất bản Tài nguyên – Môi trường và Bản đồ Việt Nam (sapnhap.bando.com.vn), qua vietnamese-provinces-database (MIT)',
  footerAbout:
    'Cổng thông tin phục vụ Phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát” theo Quyết định số 539/QĐ-TTg ngày 19/6/2024 của Thủ tướng Chính phủ.',
  navProgress: 'Tiến độ',
  navCriteria: 'Tiêu chí hỗ trợ',
  navSelfCheck: 'Tự kiểm tra',
  navOpenData: 'Dữ liệu mở',
  navPledge: 'Đóng góp',
  refusal: {
    400: {
      title: 'Không đọc được yêu cầu',
      text: 'Địa chỉ hoặc biểu mẫu có ký tự mà cổng thông tin không nhận (ví dụ ký tự rỗng) hoặc bị mã hóa sai. Hãy kiểm tra rồi gửi lại.',
    },
    405: {
      title: 'Không nhận cách gửi này',
      text: 'Cổng thông tin chỉ mở trang (GET, HEAD) và nhận biểu mẫu (POST). Hãy mở địa chỉ này trong trình duyệt.',
    },
    413: {
      title: 'Nội dung gửi lên quá lớn',
      text: 'Nội dung gửi lên lớn hơn mức cổng thông tin nhận. Hãy rút gọn nội dung hoặc chọn tệp nhỏ hơn rồi gửi lại.',
    },
    431: {
      title: 'Địa chỉ quá dài',
      text: 'Địa chỉ hoặc phần đầu của yêu cầu dài hơn mức cổng thông tin nhận. Hãy rút ngắn nội dung tìm kiếm rồi thử lại.',
    },
  },
  errorTitle: 'Đã có lỗi xảy ra',
  errorText: 'Không hiển thị được trang này. Dữ liệu bạn đã nhập không bị mất; vui lòng thử lại sau ít phút.',
};
