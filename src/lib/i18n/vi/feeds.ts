/** Atom feeds for people who follow a place: their titles and entries. */
export const feeds = {
  feedTitle: (place: string) => `${place}: nhà hoàn thành, tiền nhận và chi — Chung tay xóa nhà tạm`,
  ledgerTitle: 'Sổ quỹ toàn quốc: tiền nhận và chi — Chung tay xóa nhà tạm',
  subtitle: 'Nhà hoàn thành và bàn giao, tiền nhận từ người đóng góp, tiền phân bổ và chi, mới nhất trước.',
  ledgerSubtitle: 'Tiền nhận từ người đóng góp, tiền phân bổ và chi trên toàn quốc, mới nhất trước.',
  follow: 'Theo dõi qua Atom (RSS)',
  followLabel: (place: string) => `Nguồn tin Atom của ${place}`,
  completed: (home: string, place: string) => `Hoàn thành nhà của hộ ${home}, ${place}`,
  handedOver: (home: string, place: string) => `Bàn giao nhà cho hộ ${home}, ${place}`,
  onDay: (day: string) => `Ngày ${day}.`,
  moneyIn: (amount: string, donor: string) => `Nhận ${amount} từ ${donor}`,
  refund: (amount: string, donor: string) => `Hoàn trả ${amount} cho ${donor}`,
  anonymousDonor: 'người đóng góp ẩn danh',
  moneyInSummary: (reference: string, receipt: string | null) =>
    `Mã đóng góp ${reference}${receipt ? `, biên nhận ${receipt}` : ''}.`,
  moneyOut: {
    allocation: (amount: string) => `Phân bổ ${amount}`,
    disbursement: (amount: string) => `Chi ${amount} cho nhà`,
    reversal: (amount: string) => `Bút toán đảo ${amount}`,
  },
  moneyOutSummary: (document: string | null, description: string) =>
    `${document ? `Văn bản ${document}` : 'Không ghi số văn bản'}: ${description}`,
};
