/** The open data page: files, parameters and the column dictionary. */
export const openData = {
  title: 'Dữ liệu mở',
  intro:
    'Số liệu trên cổng được công bố dưới dạng tệp CSV (mở được bằng Excel), JSON và GeoJSON, tại các địa chỉ cố định. Mỗi tệp ghi thời điểm cập nhật số liệu.',
  files: 'Các tệp',
  provinces: 'tiến độ theo tỉnh, thành phố',
  provincesPre2025: 'tiến độ theo tỉnh, thành phố trước ngày 01/7/2025 (theo nơi ghi nhận)',
  communes: 'tiến độ theo xã, phường của một tỉnh (ví dụ Hà Tĩnh, mã 42)',
  households: 'danh sách hộ được hỗ trợ của một xã (ví dụ Xã Đức Thọ, mã 18229)',
  parameters:
    'Tham số: era=2025 (mặc định) hoặc era=pre2025 để xem theo đơn vị trước ngày 01/7/2025; campaign=<mã kế hoạch> để chỉ xem một kế hoạch, ví dụ campaign=duc-tho-2025.',
  progressColumns: 'Các cột của tệp tiến độ',
  householdColumns: 'Các cột của danh sách hộ',
  column: 'Cột',
  type: 'Kiểu',
  meaning: 'Ý nghĩa',
  link: 'Dữ liệu mở',
  dictionary: 'giải thích các cột',
};
