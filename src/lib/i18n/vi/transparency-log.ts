export const transparencyLog = {
  title: 'Sổ minh bạch (transparency log)',
  intro:
    'Mọi bút toán sổ cái, biên nhận và sự kiện nhật ký kiểm tra được ghi vào một cây Merkle theo RFC 6962. Cổng định kỳ ký một checkpoint (điểm kiểm) theo định dạng C2SP: ai lưu một checkpoint có thể kiểm tra về sau rằng không bản ghi nào trước đó bị sửa hay xoá.',
  checkpoint: 'Checkpoint mới nhất',
  checkpointNone: 'Chưa có checkpoint nào.',
  records: (size: number) => `${size} bản ghi`,
  verifierKey: 'Khoá kiểm tra của sổ',
  addresses: 'Địa chỉ',
  receiptProof: 'Trong sổ minh bạch',
  receiptProofIntro: (index: number, size: number) =>
    `Biên nhận này là bản ghi số ${index} trong checkpoint gồm ${size} bản ghi. Tệp JSON và PDF mang theo đường chứng minh và checkpoint đã ký, để kiểm tra không cần mạng (npm run verify-receipt).`,
  receiptProofPending: 'Biên nhận này chưa được ghi vào sổ minh bạch; sẽ được ghi trong vài phút.',
  problem: {
    recordMissing:
      'Tham số record là bản ghi cần chứng minh, ví dụ receipt:24-000017, ledger_transaction:17 hoặc audit_event:5.',
    recordUnknown: (record: string) => `Sổ minh bạch không có bản ghi “${record}”.`,
    size: 'Kích thước cây (size, from, to) là số nguyên không âm.',
    checkpointUnknown: (size: number) => `Không có checkpoint nào gồm ${size} bản ghi.`,
    notYetLogged: 'Bản ghi chưa nằm trong checkpoint này; hãy lấy checkpoint mới nhất.',
    sizesReversed: 'Kích thước from phải không lớn hơn to.',
    beyondLog: (size: number) => `Sổ mới có ${size} bản ghi.`,
  },
};
