import { formatDong } from '../format.ts';

/**
 * What the Stripe webhook answers when it records nothing: read by the fund's staff in Stripe's
 * dashboard, where failed deliveries are listed.
 */
export const stripe = {
  eventProblem: {
    amountNotWholeDong: 'Số tiền không phải số đồng nguyên.',
    amountNotPositive: 'Số tiền phải lớn hơn 0.',
    amountTooLarge: (maximum: bigint) => `Số tiền vượt mức tối đa cổng ghi nhận (${formatDong('vi', maximum)}).`,
    currencyNotVnd: 'Đơn vị tiền không phải VND.',
    timeInFuture: 'Thời điểm của sự kiện ở tương lai so với đồng hồ máy chủ.',
  },
  refundProblem: {
    paymentUnknown:
      'Không có khoản thanh toán thẻ nào với PaymentIntent này (có thể chưa nhận được sự kiện thanh toán).',
    refundExceedsPayment: 'Số tiền hoàn lớn hơn số tiền đã thanh toán.',
    refundChanged: 'Khoản hoàn tiền này đã được ghi trước đó với số tiền khác; giữ như đã ghi.',
  },
  unknownPledge: 'Khoản thanh toán không ghi mã đóng góp nào của cổng.',
  badSignature: 'Chữ ký không khớp với khóa bí mật của điểm nhận này.',
  notConfigured: 'Cổng này chưa cấu hình thanh toán thẻ.',
};
