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
  inLog: (index: number, size: number, signedAt: string | null) =>
    `Đã ghi vào sổ minh bạch công khai: bản ghi số ${index} trong checkpoint gồm ${size} bản ghi${signedAt ? `, ký lúc ${signedAt}` : ''}. Cổng vừa kiểm tra đường chứng minh từ biên nhận này tới gốc của checkpoint, và chữ ký của checkpoint bằng khoá của sổ.`,
  proofProblem: {
    noProof: (code: string) => `${code}: không có chứng minh trong sổ minh bạch.`,
    malformedProof: (code: string) =>
      `${code}: chứng minh trong sổ minh bạch mà tệp mang theo không đúng định dạng của sổ.`,
    checkpointUnsigned: (code: string) =>
      `${code}: checkpoint mà biên nhận mang theo không do khoá của sổ minh bạch ký — đừng tin chứng minh này.`,
    notIncluded: (code: string) =>
      `${code}: đường chứng minh không dẫn từ biên nhận này tới gốc của checkpoint trong sổ minh bạch — biên nhận hoặc chứng minh đã bị sửa.`,
    logRewritten: (code: string) =>
      `${code}: sổ minh bạch đã ký checkpoint mà biên nhận mang theo, nhưng nay giữ một gốc khác cho cùng số bản ghi — sổ đã bị viết lại.`,
  },
  pdfLogged: (index: number, size: number, signedOn: string | null) =>
    `Biên nhận này đã được ghi vào sổ minh bạch công khai của cổng: bản ghi số ${index}, trong checkpoint gồm ${size} bản ghi${signedOn ? ` ký ngày ${signedOn}` : ' (không nêu ngày ký)'}. Dữ liệu trong tệp mang theo chứng minh, để bất kỳ ai cũng kiểm tra được.`,
  pdfNotLogged:
    'Khi tệp này được tạo, biên nhận chưa được ghi vào sổ minh bạch công khai; trang của biên nhận cho biết khi đã ghi.',
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
