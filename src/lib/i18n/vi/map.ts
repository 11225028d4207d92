/** The progress map and its figures table. */
export const map = {
  label: 'Bản đồ tiến độ; số liệu chi tiết ở bảng bên dưới',
  legend: 'Tiến độ (% nhà đã hoàn thành)',
  noData: 'Chưa có hộ trong danh sách',
  loading: 'Đang tải bản đồ…',
  failed: 'Không tải được bản đồ. Số liệu vẫn có trong bảng bên dưới.',
  noScript: 'Bản đồ cần JavaScript để hiện. Số liệu có trong bảng bên dưới.',
  title: 'Bản đồ tiến độ',
  archipelagoHoangSa: 'Quần đảo Hoàng Sa',
  archipelagoTruongSa: 'Quần đảo Trường Sa',
  tableSummary: 'Xem số liệu dạng bảng',
  noBoundary: 'Không có ranh giới này',
  drawnBySuccession:
    'Đơn vị này không còn từ ngày 01/7/2025: bản đồ vẽ các xã, phường mới kế thừa nó theo bảng sắp xếp chính thức.',
  extendsBeyond: (count: number) =>
    `${count} xã, phường trên bản đồ có một phần ngoài địa bàn này (theo bảng sắp xếp); bản đồ vẽ toàn bộ xã, phường đó.`,
  touchHint: 'Dùng hai ngón tay để di chuyển, phóng to bản đồ.',
  successorsCaption: (area: string) => `Các xã, phường kế thừa ${area}`,
};
