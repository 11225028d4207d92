/** Embedding a map in another site: the embed code and oEmbed. */
export const embed = {
  summary: 'Nhúng bản đồ này vào trang tin',
  label: 'Mã nhúng (dán vào trang HTML của bạn)',
  copy: 'Sao chép mã nhúng',
  copied: 'Đã sao chép.',
  nationalTitle: 'Tiến độ xóa nhà tạm, nhà dột nát trên cả nước',
  areaTitle: (area: string) => `Tiến độ xóa nhà tạm, nhà dột nát: ${area}`,
  problem: {
    url: 'Tham số url phải là một địa chỉ đầy đủ.',
    noMap: 'Địa chỉ này không có bản đồ để nhúng.',
  },
};
