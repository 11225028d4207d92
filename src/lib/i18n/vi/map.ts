/** The progress map and its figures table. */
export const map = {
  label: 'Bản đồ tiến độ; số liệu chi tiết ở bảng bên dưới',
  legend: 'Tiến độ (% nhà đã hoàn thành)',
  noData: 'Chưa có hộ trong danh sách',
  loading: 'Đang tải bản đồ…',
  failed: 'Không tải được bản đồ. Số liệu vẫn có trong bảng bên dưới.',
  title: 'Bản đồ tiến độ',
  archipelagoHoangSa: 'Quần đảo Hoàng Sa',
  archipelagoTruongSa: 'Quần đảo Trường Sa',
  tableSummary: 'Xem số liệu dạng bảng',
  noBoundary: 'Không có ranh giới này',
};
