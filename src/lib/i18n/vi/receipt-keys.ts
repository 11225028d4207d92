export const receiptKeys = {
  title: 'Khóa ký biên nhận',
  intro:
    'Mỗi biên nhận được ký số bằng một khóa Ed25519 của cổng. Khi khóa được thay (npm run rotate-receipt-key), khóa cũ vẫn được công bố ở đây cùng khoảng thời gian nó đã ký, để các biên nhận nó đã ký vẫn kiểm tra được; biên nhận ghi ngày cấp ngoài khoảng thời gian của khóa ký nó bị từ chối.',
  inLog: 'Mỗi lần đổi khóa là một sự kiện của nhật ký kiểm tra, nên danh sách khóa cũng nằm trong sổ minh bạch.',
  keyId: 'Mã khóa',
  validFrom: 'Dùng từ',
  validUntil: 'Đến',
  status: 'Trạng thái',
  fromStart: 'khi cổng bắt đầu hoạt động',
  current: 'đang dùng',
  retired: 'đã thôi dùng',
  publicKey: 'Khóa công khai (PEM)',
  json: 'Danh sách khóa dạng JSON, để kiểm tra biên nhận không cần mạng (npm run verify-receipt -- biên-nhận.json --keys keys.json)',
};
