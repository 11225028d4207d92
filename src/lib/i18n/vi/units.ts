/** Administrative units of both eras: levels, types, former units and their successors. */
export const units = {
  province: 'Tỉnh, thành phố',
  commune: 'Xã, phường, đặc khu',
  predecessorsTitle: 'Hình thành từ các đơn vị trước ngày 01/7/2025',
  predecessorWhole: 'nhập toàn bộ',
  predecessorPart: 'nhập một phần',
  formerUnitTitle: (name: string) => `${name} (trước ngày 01/7/2025)`,
  formerUnitIntro: 'Đơn vị hành chính này không còn từ ngày 01/7/2025. Số liệu của đơn vị được tính vào:',
  formerProvinceIntro: 'Từ ngày 01/7/2025 tỉnh, thành phố này thuộc:',
  formerUnitLevel: { province: 'Tỉnh, thành phố', district: 'Quận, huyện, thị xã', commune: 'Xã, phường, thị trấn' },
  formerUnitBadge: 'trước 01/7/2025',
  inProvince: (province: string) => `thuộc ${province}`,
  notFoundUnit: (code: string) =>
    `Không có đơn vị hành chính nào mang mã “${code}”. Mã tỉnh có 2 chữ số, mã xã có 5 chữ số.`,
  type: {
    municipality: 'Thành phố',
    province: 'Tỉnh',
    municipal_city: 'Thành phố',
    provincial_city: 'Thành phố',
    urban_district: 'Quận',
    district_town: 'Thị xã',
    district: 'Huyện',
    ward: 'Phường',
    commune: 'Xã',
    commune_town: 'Thị trấn',
    special_zone: 'Đặc khu',
  },
};
