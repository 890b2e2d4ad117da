import type { QuestionDraftInput } from '~/core/questions/question-draft'

/**
 * Seed question bank on Nghị quyết 66-NQ/TW.
 *
 * Every answer key comes from a fact marked CONFIRMED in
 * /work/shared/content/contest-rules-and-resolution-66.md (Part 2, A–H) or
 * from the two Hanoi source articles (the city's action programme and its
 * dissemination plan); questions that rest on one of those articles alone say
 * so in their stem ("Theo Kế hoạch ... của UBND TP Hà Nội"). seedId never
 * changes once published, so re-seeding updates rows instead of duplicating them.
 */

export type SeedQuestion = QuestionDraftInput & { seedId: string }

export const RESOLUTION_66_TOPICS = {
  identity: 'nhận diện văn bản',
  viewpoints: 'quan điểm chỉ đạo',
  targets: 'mục tiêu 2025-2030',
  vision: 'tầm nhìn 2045',
  tasks: 'nhiệm vụ giải pháp',
  digital: 'chuyển đổi số và ai',
  pillars: 'bộ tứ trụ cột',
  lawOnDocuments: 'luật ban hành văn bản',
  hanoiProgramme: 'chương trình của hà nội',
  dissemination: 'tuyên truyền phổ biến',
} as const

/** Only prediction questions carry this tag: they are not about the resolution. */
export const PREDICTION_TAG = 'câu hỏi dự đoán'

const T = RESOLUTION_66_TOPICS

type Option = QuestionDraftInput['options'][number]
type Source = QuestionDraftInput['source']

const ok = (text: string): Option => ({ text, correct: true })
const no = (text: string): Option => ({ text, correct: false })
const trueFalse = (statementIsTrue: boolean): Option[] => [
  { text: 'Đúng', correct: statementIsTrue },
  { text: 'Sai', correct: !statementIsTrue },
]

/** Only addresses listed in the shared research file. */
const URL = {
  baodaklak:
    'https://www.baodaklak.vn/tin-noi-bat/202505/nghi-quyet-so-66-nqtw-ban-thiet-ke-chien-luoc-de-tai-cau-truc-nen-tang-the-che-quoc-gia-db71098',
  dhcsnd:
    'https://dhcsnd.edu.vn/noi-dung-cot-loi-cua-nghi-quyet-so-66-nqtw-ve-doi-moi-cong-tac-xay-dung-va-thi-hanh-phap-luat-dap-ung-yeu-cau-phat-trien-dat-nuoc-trong-ky-nguyen-moi&p=8',
  quanlynhanuoc: 'https://www.quanlynhanuoc.vn/?p=48349',
  diemNghenCuaDiemNghen:
    'https://doanhnghiephoinhap.vn/thao-go-diem-nghen-cua-diem-nghen-de-giai-phong-suc-san-xuat-khoi-thong-moi-nguon-luc-phat-trien-86075.html',
  steeringCommittee:
    'https://news.laodong.vn/thoi-su/tong-bi-thu-chu-tri-phien-hop-ban-chi-dao-trung-uong-ve-hoan-thien-the-che-phap-luat-1518539.ldo',
  firstMeeting: 'https://dientuungdung.vn/tap-trung-ra-soat-thao-go-cac-diem-nghen-dang-can-tro-tien-trinh-phat-trien-9599.html',
  thanhnienTurningPoint: 'https://thanhnien.vn/nghi-quyet-66-buoc-ngoat-cai-cach-the-che-185260118224446946.htm',
  thanhnienBottlenecks:
    'https://thanhnien.vn/co-ban-hoan-thanh-thao-go-nhung-diem-nghen-do-quy-dinh-phap-luat-185260117214900405.htm',
  laodongBottlenecks:
    'https://news.laodong.vn/thoi-su/thao-go-hon-98-diem-nghen-do-quy-dinh-phap-luat-trong-nam-2025-1642271.ldo',
  vnanetLegalThinking:
    'https://vietnam.vnanet.vn/english/tin-van/resolution-no-66-nq-tw-and-renewal-of-legal-thinking-421296.html',
  dantriMinister:
    'https://dantri.com.vn/thoi-su/bo-truong-tu-phap-chia-se-ve-loi-hieu-trieu-cho-cuoc-cai-cach-the-che-20260118220956801.htm',
  vietbao: 'https://vietbao.vn/dot-pha-the-che-cho-ky-nguyen-vuon-minh-541330.html',
  laodongViewpoints:
    'https://news.laodong.vn/thoi-su/xay-dung-phap-luat-phai-bam-sat-thuc-tien-dung-tren-manh-dat-thuc-tien-cua-viet-nam-1500293.ldo',
  laodongNoBan:
    'https://news.laodong.vn/thoi-su/dut-khoat-tu-bo-tu-duy-khong-quan-duoc-thi-cam-trong-xay-dung-phap-luat-1500583.ldo',
  phapluatmedia:
    'https://phapluatmedia.vn/he-thong-phap-luat-hien-dai-kha-thi-la-be-phong-cho-su-ben-vung-cua-nen-kinh-te-28064.html',
  tienphong: 'https://tienphong.vn/nghi-quyet-cua-bo-chinh-tri-khong-hinh-su-hoa-quan-he-kinh-te-dan-su-post1738949.tpo',
  doanhnghiephoinhap:
    'https://doanhnghiephoinhap.vn/nghi-quyet-so-66-nqtw-dut-khoat-tu-bo-tu-duy-khong-quan-duoc-thi-cam-103060.html',
  vneconomyEn: 'https://en.vneconomy.vn/politburos-resolution-on-legislation-formation-and-enforcement-issued.htm',
  nguoithoidai: 'https://nguoithoidai.com/bo-chinh-tri-yeu-cau-cai-cach-phap-luat-khong-day-kho-cho-dan-va-doanh-nghiep/',
  phaplyNoCriminalisation:
    'https://phaply.net.vn/nghien-cuu-mot-so-giai-phap-hoan-thien-xay-dung-phap-luat-theo-dinh-huong-khong-hinh-su-hoa-quan-he-dan-su-kinh-te-a260796.html',
  laocaiDigital:
    'https://chuyendoiso.laocai.gov.vn/tin-trong-nuoc/chuyen-doi-so-va-tri-tue-nhan-tao-dong-luc-moi-cho-xay-dung-va-thi-hanh-phap-luat-1343816',
  baophapluatBudget:
    'https://m.baophapluat.vn/doi-moi-dau-tu-xay-dung-phap-luat-theo-nghi-quyet-so-66-nqtw-trong-ky-nguyen-moi-post550052.html',
  nq197Text:
    'https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-197-2025-QH15-chinh-sach-dac-biet-tao-dot-pha-trong-xay-dung-to-chuc-thi-hanh-phap-luat-657149.aspx',
  nq197Vote:
    'https://xaydungchinhsach.chinhphu.vn/thong-qua-nghi-quyet-ve-mot-so-co-che-chinh-sach-dac-biet-tao-dot-pha-trong-xay-dung-va-to-chuc-thi-hanh-phap-luat-119250517110944036.htm',
  nq197Allowance:
    'https://danchuphapluat.vn/nguoi-truc-tiep-xay-dung-phap-luat-duoc-huong-ho-tro-hang-thang-bang-100-muc-luong-theo-he-so-luong-hien-huong',
  fourPillars: 'https://lite.baomoi.com/bo-tu-tru-cot-giup-viet-nam-cat-canh-c52271582.epi',
  nldResolutions: 'https://nld.com.vn/mo-duong-phat-trien-dat-nuoc-196251231205219739.htm',
  dantriHanoiResolutions:
    'https://dantri.com.vn/thoi-su/ha-noi-trien-khai-ngay-cac-nghi-quyet-chien-luoc-cua-bo-chinh-tri-20260225185121399.htm',
  law64Text: 'https://tailieu.vn/doc/luat-so-642025qh15-2891085.html',
  law64Tcvn: 'https://tcvn.gov.vn/diem-moi-cua-luat-ban-hanh-van-ban-quy-pham-phap-luat-nam-2025/14/03/2025/',
  law64Lsvn: 'https://lsvn.vn/nhieu-diem-moi-trong-luat-ban-hanh-van-ban-quy-pham-phap-luat-nam-2025-a154778.html',
  law64Vneconomy:
    'https://vneconomy.vn/rut-ngan-thoi-gian-xay-dung-va-ban-hanh-luat-bao-dam-chat-luong-phap-luat-tao-dong-luc-moi-cho-phat-trien-dat-nuoc.htm',
  law64Lamdong: 'https://bnctu.lamdong.dcs.vn/tin-tuc-su-kien/type/detail/id/55949/task/1750',
  law87Text:
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Luat-Ban-hanh-van-ban-quy-pham-phap-luat-sua-doi-2025-so-87-2025-QH15-662673.aspx',
  law87Notes:
    'https://luatmtpd.com/luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-ban-hanh-van-ban-quy-pham-phap-luat-2025-va-nhung-diem-dang-chu-y',
  mojHanoiProgramme: 'https://www.moj.gov.vn/qt/tintuc/Pages/hoat-dong-cua-tu-phap-dia-phuong.aspx?ItemID=8307',
  hanoiPlan:
    'https://hanoi.gov.vn/chi-dao-cua-ubnd-thanh-pho-ha-noi/nang-cao-nhan-thuc-trong-xay-dung-va-thi-hanh-phap-luat-4250909170347446.htm',
  hanoiTwoLevel:
    'https://vietnammedia.vnanet.vn/video/ha-noi-bat-nhip-cong-viec-ngay-ngay-dau-van-hanh-chinh-quyen-2-cap-164430.htm',
} as const

const DOC = {
  nq66: 'Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị',
  nq57: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
  nq197: 'Nghị quyết số 197/2025/QH15 ngày 17/5/2025 của Quốc hội',
  law64: 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15',
  law87: 'Luật số 87/2025/QH15 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
  decision288:
    'Quyết định số 288 ngày 30/4/2025 của Bộ Chính trị thành lập Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật',
  conference: 'Hội nghị toàn quốc quán triệt, triển khai Nghị quyết 66-NQ/TW và Nghị quyết 68-NQ/TW ngày 18/5/2025',
  hanoiProgramme:
    'Chương trình hành động của UBND TP Hà Nội thực hiện Nghị quyết 66-NQ/TW (Chương trình số 07/CTr-UBND), tin “Hà Nội đẩy mạnh chuyển đổi số và ứng dụng trí tuệ nhân tạo trong xây dựng pháp luật”',
  hanoiPlan:
    'Kế hoạch tuyên truyền, phổ biến Nghị quyết 66-NQ/TW của UBND TP Hà Nội, Cổng thông tin điện tử Hà Nội, bài “Nâng cao nhận thức trong xây dựng và thi hành pháp luật”',
} as const

const src = (document: string, article?: string, url?: string): Source => ({ document, article, url })
const nq66 = (article: string, url?: string) => src(DOC.nq66, article, url)
const hanoiPlan = (article: string) => src(DOC.hanoiPlan, article, URL.hanoiPlan)
const hanoiProgramme = (article: string, url?: string) => src(DOC.hanoiProgramme, article, url)

const identity: SeedQuestion[] = [
  {
    seedId: 'nq66-identity-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật do cơ quan nào ban hành?',
    options: [no('Ban Chấp hành Trung ương Đảng'), ok('Bộ Chính trị'), no('Ban Bí thư Trung ương Đảng'), no('Quốc hội')],
    explanation:
      'Nghị quyết 66-NQ/TW là nghị quyết của Bộ Chính trị, do Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị ký ban hành ngày 30/4/2025.',
    source: nq66('Phần tên văn bản và phần ký ban hành', URL.baodaklak),
  },
  {
    seedId: 'nq66-identity-002',
    type: 'single',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Nghị quyết số 66-NQ/TW của Bộ Chính trị được ban hành ngày nào?',
    options: [no('10/4/2025'), no('4/5/2025'), ok('30/4/2025'), no('18/5/2025')],
    explanation:
      'Nghị quyết mang ngày 30/4/2025. Ngày 4/5/2025 là ngày của Nghị quyết 68-NQ/TW, còn ngày 18/5/2025 là ngày hội nghị toàn quốc quán triệt hai nghị quyết này.',
    source: nq66('Phần số hiệu, ngày ban hành', URL.dhcsnd),
  },
  {
    seedId: 'nq66-identity-003',
    type: 'single',
    difficulty: 'medium',
    tags: [T.identity],
    stem: 'Tên đầy đủ của Nghị quyết 66-NQ/TW là “về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước …”. Phần còn thiếu là gì?',
    options: [
      ok('trong kỷ nguyên mới'),
      no('trong tình hình mới'),
      no('trong giai đoạn mới'),
      no('trong thời kỳ hội nhập quốc tế'),
    ],
    explanation:
      'Tên nghị quyết kết thúc bằng cụm “trong kỷ nguyên mới”; cách viết “trong tình hình mới” là một lỗi trích dẫn thường gặp.',
    source: nq66('Tên văn bản', URL.quanlynhanuoc),
  },
  {
    seedId: 'nq66-identity-004',
    type: 'single',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Ai đã thay mặt Bộ Chính trị ký ban hành Nghị quyết số 66-NQ/TW?',
    options: [
      no('Chủ tịch Quốc hội Trần Thanh Mẫn'),
      no('Thủ tướng Chính phủ Phạm Minh Chính'),
      no('Thường trực Ban Bí thư'),
      ok('Tổng Bí thư Tô Lâm'),
    ],
    explanation: 'Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị ký ban hành Nghị quyết 66-NQ/TW ngày 30/4/2025.',
    source: nq66('Phần ký ban hành', URL.baodaklak),
  },
  {
    seedId: 'nq66-identity-005',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Nghị quyết số 66-NQ/TW là nghị quyết do Quốc hội khóa XV thông qua.',
    options: trueFalse(false),
    explanation:
      'Nghị quyết 66-NQ/TW là văn bản của Bộ Chính trị. Quốc hội sau đó thông qua Nghị quyết 197/2025/QH15 để thể chế hóa các cơ chế đặc biệt mà nghị quyết này đề ra.',
    source: nq66('Phần tên văn bản và phần ký ban hành', URL.baodaklak),
  },
  {
    seedId: 'nq66-identity-006',
    type: 'single',
    difficulty: 'medium',
    tags: [T.identity],
    stem: 'Khi nói về bối cảnh cần đổi mới công tác pháp luật, Tổng Bí thư Tô Lâm đã gọi thể chế là gì?',
    options: [
      no('“Đột phá của đột phá”'),
      ok('“Điểm nghẽn của điểm nghẽn”'),
      no('“Nền tảng của mọi nền tảng”'),
      no('“Động lực của mọi động lực”'),
    ],
    explanation:
      'Trong ba điểm nghẽn lớn nhất là thể chế, hạ tầng và nhân lực, Tổng Bí thư xác định thể chế là “điểm nghẽn của điểm nghẽn”. Cụm “đột phá của đột phá” là cách Nghị quyết 66 gọi công tác xây dựng và thi hành pháp luật.',
    source: src(
      'Phát biểu của Tổng Bí thư Tô Lâm tại phiên khai mạc Kỳ họp thứ 8, Quốc hội khóa XV',
      undefined,
      URL.diemNghenCuaDiemNghen,
    ),
  },
  {
    seedId: 'nq66-identity-007',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.identity],
    stem: 'Theo Tổng Bí thư Tô Lâm, ba điểm nghẽn lớn nhất hiện nay là những gì? (chọn nhiều đáp án)',
    options: [ok('Thể chế'), no('Vốn đầu tư'), ok('Hạ tầng'), ok('Nhân lực'), no('Thủ tục hành chính')],
    explanation:
      'Ba điểm nghẽn lớn nhất được nêu là thể chế, hạ tầng và nhân lực, trong đó thể chế là “điểm nghẽn của điểm nghẽn”.',
    source: src(
      'Phát biểu của Tổng Bí thư Tô Lâm tại phiên khai mạc Kỳ họp thứ 8, Quốc hội khóa XV',
      undefined,
      URL.diemNghenCuaDiemNghen,
    ),
  },
  {
    seedId: 'nq66-identity-008',
    type: 'single',
    difficulty: 'medium',
    tags: [T.identity],
    stem: 'Ngày 30/4/2025, cùng ngày ban hành Nghị quyết 66-NQ/TW, Bộ Chính trị đã thành lập cơ quan nào?',
    options: [
      no('Ban Chỉ đạo Trung ương về phổ biến, giáo dục pháp luật'),
      no('Hội đồng Trung ương về xây dựng pháp luật'),
      ok('Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật'),
      no('Ban Chỉ đạo Trung ương về thi hành pháp luật'),
    ],
    explanation:
      'Ngày 30/4/2025, Bộ Chính trị ban hành Quyết định số 288 thành lập Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật do Tổng Bí thư Tô Lâm làm Trưởng ban.',
    source: src(DOC.decision288, undefined, URL.steeringCommittee),
  },
  {
    seedId: 'nq66-identity-009',
    type: 'single',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Ai là Trưởng Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật?',
    options: [
      ok('Tổng Bí thư Tô Lâm'),
      no('Thủ tướng Chính phủ Phạm Minh Chính'),
      no('Chủ tịch Quốc hội Trần Thanh Mẫn'),
      no('Bộ trưởng Bộ Tư pháp'),
    ],
    explanation:
      'Theo quyết định thành lập, Tổng Bí thư Tô Lâm làm Trưởng ban; Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn làm Phó Trưởng ban.',
    source: src(DOC.decision288, undefined, URL.steeringCommittee),
  },
  {
    seedId: 'nq66-identity-010',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.identity],
    stem: 'Theo quyết định thành lập ngày 30/4/2025, những ai làm Phó Trưởng Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật? (chọn nhiều đáp án)',
    options: [
      no('Tổng Bí thư Tô Lâm'),
      ok('Thủ tướng Chính phủ Phạm Minh Chính'),
      no('Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh'),
      ok('Chủ tịch Quốc hội Trần Thanh Mẫn'),
    ],
    explanation:
      'Hai Phó Trưởng ban là Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn; Tổng Bí thư Tô Lâm là Trưởng ban.',
    source: src(DOC.decision288, undefined, URL.steeringCommittee),
  },
  {
    seedId: 'nq66-identity-011',
    type: 'single',
    difficulty: 'hard',
    tags: [T.identity],
    stem: 'Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật được thành lập theo quyết định số bao nhiêu của Bộ Chính trị?',
    options: [no('Quyết định số 197'), no('Quyết định số 268'), no('Quyết định số 282'), ok('Quyết định số 288')],
    explanation:
      'Bộ Chính trị ban hành Quyết định số 288 ngày 30/4/2025 thành lập Ban Chỉ đạo; con số 197 là số hiệu Nghị quyết 197/2025/QH15 của Quốc hội.',
    source: src(DOC.decision288, undefined, URL.steeringCommittee),
  },
  {
    seedId: 'nq66-identity-012',
    type: 'single',
    difficulty: 'hard',
    tags: [T.identity],
    stem: 'Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật họp phiên thứ nhất vào ngày nào?',
    options: [no('30/4/2025'), no('18/5/2025'), ok('5/6/2025'), no('1/7/2025')],
    explanation: 'Phiên họp thứ nhất của Ban Chỉ đạo diễn ra ngày 5/6/2025 tại Hà Nội, do Tổng Bí thư Tô Lâm chủ trì.',
    source: src(
      'Tin phiên họp thứ nhất của Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật (5/6/2025)',
      undefined,
      URL.firstMeeting,
    ),
  },
  {
    seedId: 'nq66-identity-013',
    type: 'single',
    difficulty: 'medium',
    tags: [T.identity],
    stem: 'Hội nghị toàn quốc quán triệt, triển khai Nghị quyết 66-NQ/TW (cùng với Nghị quyết 68-NQ/TW) được tổ chức vào ngày nào?',
    options: [ok('18/5/2025'), no('30/4/2025'), no('5/6/2025'), no('19/2/2025')],
    explanation:
      'Ngày 18/5/2025, Bộ Chính trị, Ban Bí thư tổ chức hội nghị toàn quốc quán triệt, triển khai Nghị quyết 66-NQ/TW và Nghị quyết 68-NQ/TW.',
    source: src(DOC.conference, undefined, URL.thanhnienTurningPoint),
  },
  {
    seedId: 'nq66-identity-014',
    type: 'single',
    difficulty: 'medium',
    tags: [T.identity],
    stem: 'Hội nghị toàn quốc ngày 18/5/2025 quán triệt Nghị quyết 66-NQ/TW và Nghị quyết 68-NQ/TW có bao nhiêu đại biểu tham dự?',
    options: [
      no('Khoảng 150.000 đại biểu'),
      ok('Hơn 1,5 triệu đại biểu'),
      no('Khoảng 37.000 đại biểu'),
      no('Hơn 15 triệu đại biểu'),
    ],
    explanation:
      'Hội nghị được kết nối tới 37.000 điểm cầu với hơn 1,5 triệu cán bộ, đảng viên tham dự; 37.000 là số điểm cầu chứ không phải số đại biểu.',
    source: src(DOC.conference, undefined, URL.quanlynhanuoc),
  },
  {
    seedId: 'nq66-identity-015',
    type: 'single',
    difficulty: 'hard',
    tags: [T.identity],
    stem: 'Hội nghị toàn quốc ngày 18/5/2025 quán triệt Nghị quyết 66-NQ/TW được kết nối trực tuyến tới bao nhiêu điểm cầu?',
    options: [no('3.700 điểm cầu'), no('885 điểm cầu'), ok('37.000 điểm cầu'), no('126.000 điểm cầu')],
    explanation: 'Hội nghị được tổ chức kết hợp trực tuyến tới 37.000 điểm cầu, với hơn 1,5 triệu đại biểu tham dự.',
    source: src(DOC.conference, undefined, URL.quanlynhanuoc),
  },
  {
    seedId: 'nq66-identity-016',
    type: 'single',
    difficulty: 'hard',
    tags: [T.identity],
    stem: 'Tại Hội nghị toàn quốc ngày 18/5/2025, ai trình bày chuyên đề về nội dung trọng tâm, cốt lõi của Nghị quyết 66-NQ/TW?',
    options: [
      no('Thủ tướng Chính phủ Phạm Minh Chính'),
      no('Tổng Bí thư Tô Lâm'),
      no('Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh'),
      ok('Chủ tịch Quốc hội Trần Thanh Mẫn'),
    ],
    explanation:
      'Chủ tịch Quốc hội Trần Thanh Mẫn trình bày chuyên đề “Nội dung trọng tâm, cốt lõi của Nghị quyết số 66-NQ/TW” tại hội nghị.',
    source: src(DOC.conference, undefined, URL.quanlynhanuoc),
  },
  {
    seedId: 'nq66-identity-017',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Nghị quyết 66-NQ/TW được ký ban hành ngày 30/4/2025.',
    options: trueFalse(true),
    explanation: 'Nghị quyết 66-NQ/TW mang ngày 30/4/2025, do Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị ký.',
    source: nq66('Phần số hiệu, ngày ban hành', URL.baodaklak),
  },
  {
    seedId: 'nq66-identity-018',
    type: 'single',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Nghị quyết 66-NQ/TW của Bộ Chính trị tập trung vào lĩnh vực nào?',
    options: [
      no('Phát triển kinh tế tư nhân'),
      no('Hội nhập quốc tế trong tình hình mới'),
      ok('Đổi mới công tác xây dựng và thi hành pháp luật'),
      no('Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
    ],
    explanation:
      'Nghị quyết 66-NQ/TW bàn về đổi mới công tác xây dựng và thi hành pháp luật; các phương án còn lại là chủ đề của Nghị quyết 68, 59 và 57.',
    source: nq66('Tên văn bản', URL.dhcsnd),
  },
  {
    seedId: 'nq66-identity-019',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.identity],
    stem: 'Nghị quyết 66-NQ/TW và Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật cùng ra đời ngày 30/4/2025.',
    options: trueFalse(true),
    explanation:
      'Cùng ngày 30/4/2025, Bộ Chính trị vừa ban hành Nghị quyết 66-NQ/TW vừa ban hành Quyết định số 288 thành lập Ban Chỉ đạo.',
    source: src(DOC.decision288, undefined, URL.steeringCommittee),
  },
]

const viewpoints: SeedQuestion[] = [
  {
    seedId: 'nq66-viewpoint-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Nghị quyết 66-NQ/TW xác định công tác xây dựng và thi hành pháp luật là gì trong hoàn thiện thể chế phát triển đất nước?',
    options: [
      ok('“Đột phá của đột phá”'),
      no('“Điểm nghẽn của điểm nghẽn”'),
      no('“Nền tảng của mọi nền tảng”'),
      no('Một nhiệm vụ thường xuyên của các cấp'),
    ],
    explanation:
      'Nghị quyết 66 coi xây dựng và thi hành pháp luật là “đột phá của đột phá”; còn “điểm nghẽn của điểm nghẽn” là cách Tổng Bí thư gọi thể chế.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-002',
    type: 'single',
    difficulty: 'medium',
    tags: [T.viewpoints],
    stem: 'Theo quan điểm chỉ đạo của Nghị quyết 66-NQ/TW, xây dựng và thi hành pháp luật là nhiệm vụ trung tâm của quá trình nào?',
    options: [
      no('Cải cách hành chính nhà nước'),
      ok('Xây dựng, hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam'),
      no('Sắp xếp, tinh gọn tổ chức bộ máy'),
      no('Hội nhập kinh tế quốc tế'),
    ],
    explanation:
      'Quan điểm chỉ đạo thứ hai xác định xây dựng và thi hành pháp luật là nhiệm vụ trung tâm của quá trình xây dựng, hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa.',
    source: nq66('Quan điểm chỉ đạo', URL.laodongViewpoints),
  },
  {
    seedId: 'nq66-viewpoint-003',
    type: 'single',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Theo Nghị quyết 66-NQ/TW, sự lãnh đạo của Đảng trong công tác xây dựng pháp luật phải được bảo đảm như thế nào?',
    options: [
      no('Gián tiếp, chỉ định hướng chung'),
      no('Chủ yếu ở khâu kiểm tra sau khi ban hành'),
      ok('Toàn diện, trực tiếp'),
      no('Chỉ đối với các luật về tổ chức bộ máy'),
    ],
    explanation:
      'Quan điểm chỉ đạo thứ nhất khẳng định bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong công tác xây dựng pháp luật.',
    source: nq66('Quan điểm chỉ đạo', URL.baodaklak),
  },
  {
    seedId: 'nq66-viewpoint-004',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.viewpoints],
    stem: 'Quan điểm chỉ đạo thứ nhất của Nghị quyết 66-NQ/TW gắn sự lãnh đạo của Đảng với những yêu cầu nào? (chọn nhiều đáp án)',
    options: [
      ok('Tăng cường kiểm soát quyền lực'),
      no('Rút gọn khâu thẩm định để ban hành nhanh hơn'),
      ok('Phòng, chống tham nhũng, lãng phí, tiêu cực'),
      no('Giao toàn quyền xây dựng pháp luật cho từng bộ, ngành'),
    ],
    explanation:
      'Cùng với việc bảo đảm sự lãnh đạo của Đảng, quan điểm thứ nhất yêu cầu tăng cường kiểm soát quyền lực và phòng, chống tham nhũng, lãng phí, tiêu cực trong xây dựng pháp luật.',
    source: nq66('Quan điểm chỉ đạo', URL.baodaklak),
  },
  {
    seedId: 'nq66-viewpoint-005',
    type: 'single',
    difficulty: 'medium',
    tags: [T.viewpoints],
    stem: 'Quan điểm chỉ đạo của Nghị quyết 66-NQ/TW yêu cầu xây dựng pháp luật phải bám sát thực tiễn, “đứng trên …”. Phần còn thiếu là gì?',
    options: [
      no('nền tảng lý luận của các nước phát triển'),
      no('kinh nghiệm lập pháp của khu vực'),
      no('nền tảng dữ liệu số quốc gia'),
      ok('mảnh đất thực tiễn của Việt Nam'),
    ],
    explanation:
      'Nghị quyết yêu cầu xây dựng pháp luật phải bám sát thực tiễn, “đứng trên mảnh đất thực tiễn của Việt Nam”, đồng thời tiếp thu có chọn lọc tinh hoa của nhân loại.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-006',
    type: 'single',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Theo Nghị quyết 66-NQ/TW, thể chế, pháp luật cần được đưa trở thành gì?',
    options: [
      no('Công cụ quản lý hành chính thuần túy'),
      ok('Lợi thế cạnh tranh'),
      no('Rào cản để bảo hộ sản xuất trong nước'),
      no('Thủ tục tiền kiểm bắt buộc với mọi dự án'),
    ],
    explanation:
      'Quan điểm chỉ đạo yêu cầu pháp luật mở đường, khơi thông mọi nguồn lực, đưa thể chế, pháp luật trở thành lợi thế cạnh tranh.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-007',
    type: 'single',
    difficulty: 'medium',
    tags: [T.viewpoints],
    stem: 'Theo quan điểm chỉ đạo của Nghị quyết 66-NQ/TW, pháp luật cần tạo không gian thúc đẩy kinh tế tăng trưởng ở mức nào?',
    options: [no('Trên 5% mỗi năm'), no('Ổn định quanh mức 6%'), ok('“Hai con số”'), no('Một con số ở mức cao')],
    explanation:
      'Quan điểm chỉ đạo thứ ba yêu cầu thể chế, pháp luật tạo không gian cho tăng trưởng kinh tế “hai con số”.',
    source: nq66('Quan điểm chỉ đạo', URL.laodongViewpoints),
  },
  {
    seedId: 'nq66-viewpoint-008',
    type: 'single',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Nghị quyết 66-NQ/TW nhấn mạnh việc xây dựng nền văn hóa nào?',
    options: [no('Văn hóa doanh nghiệp'), no('Văn hóa công vụ'), no('Văn hóa đọc'), ok('Văn hóa tuân thủ pháp luật')],
    explanation:
      'Cùng với nâng cao hiệu quả thi hành pháp luật, Nghị quyết nhấn mạnh xây dựng văn hóa tuân thủ pháp luật và tăng cường hậu kiểm.',
    source: nq66('Quan điểm chỉ đạo', URL.phapluatmedia),
  },
  {
    seedId: 'nq66-viewpoint-009',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Theo Nghị quyết 66-NQ/TW, đầu tư cho công tác xây dựng chính sách, pháp luật là đầu tư cho phát triển.',
    options: trueFalse(true),
    explanation:
      'Nghị quyết xác định rõ đầu tư cho xây dựng chính sách, pháp luật là đầu tư cho phát triển, kèm chế độ đặc thù, vượt trội cho người làm công tác này.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-010',
    type: 'single',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Theo Nghị quyết 66-NQ/TW, công tác nghiên cứu chiến lược, chính sách, xây dựng pháp luật cần có chế độ, chính sách như thế nào?',
    options: [
      ok('Đặc thù, vượt trội'),
      no('Như mọi lĩnh vực công tác khác'),
      no('Chỉ áp dụng cho cơ quan ở Trung ương'),
      no('Thí điểm trong 5 năm rồi bãi bỏ'),
    ],
    explanation:
      'Nghị quyết yêu cầu có chế độ, chính sách đặc thù, vượt trội cho công tác nghiên cứu chiến lược, chính sách và xây dựng pháp luật.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-011',
    type: 'single',
    difficulty: 'medium',
    tags: [T.viewpoints],
    stem: 'Khi tham khảo kinh nghiệm nước ngoài, quan điểm chỉ đạo của Nghị quyết 66-NQ/TW yêu cầu gì?',
    options: [
      no('Sao chép nguyên mẫu pháp luật của các nước phát triển'),
      ok('Tiếp thu có chọn lọc giá trị tinh hoa của nhân loại'),
      no('Hạn chế tối đa việc tham khảo pháp luật nước ngoài'),
      no('Chỉ tham khảo pháp luật của các nước ASEAN'),
    ],
    explanation:
      'Nghị quyết yêu cầu pháp luật đứng trên thực tiễn Việt Nam và tiếp thu có chọn lọc giá trị tinh hoa của nhân loại, không sao chép máy móc.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-012',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Nghị quyết 66-NQ/TW yêu cầu nâng cao hiệu quả thi hành pháp luật, bảo đảm tính thượng tôn Hiến pháp và pháp luật.',
    options: trueFalse(true),
    explanation:
      'Một quan điểm chỉ đạo của Nghị quyết là nâng cao hiệu quả thi hành pháp luật, xây dựng văn hóa tuân thủ pháp luật, bảo đảm thượng tôn Hiến pháp và pháp luật.',
    source: nq66('Quan điểm chỉ đạo', URL.laodongViewpoints),
  },
  {
    seedId: 'nq66-viewpoint-013',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.viewpoints],
    stem: 'Những nội dung nào thuộc quan điểm chỉ đạo của Nghị quyết 66-NQ/TW? (chọn nhiều đáp án)',
    options: [
      ok('Xây dựng và thi hành pháp luật là “đột phá của đột phá”'),
      no('Hình sự hóa các vi phạm trong quan hệ kinh tế để tăng tính răn đe'),
      ok('Đầu tư cho xây dựng chính sách, pháp luật là đầu tư cho phát triển'),
      ok('Xây dựng văn hóa tuân thủ pháp luật'),
      no('Đưa môi trường kinh doanh vào nhóm 30 nước dẫn đầu thế giới'),
    ],
    explanation:
      'Ba nội dung đúng đều nằm trong quan điểm chỉ đạo. Nghị quyết 66 yêu cầu không hình sự hóa quan hệ kinh tế, dân sự, và không đặt chỉ tiêu “top 30 thế giới”.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
  {
    seedId: 'nq66-viewpoint-014',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Quan điểm chỉ đạo của Nghị quyết 66-NQ/TW chỉ đề cập sự lãnh đạo của Đảng đối với xây dựng pháp luật, không đề cập công tác thi hành pháp luật.',
    options: trueFalse(false),
    explanation:
      'Quan điểm thứ nhất vừa bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong xây dựng pháp luật, vừa tăng cường sự lãnh đạo của Đảng đối với công tác thi hành pháp luật.',
    source: nq66('Quan điểm chỉ đạo', URL.baodaklak),
  },
  {
    seedId: 'nq66-viewpoint-015',
    type: 'single',
    difficulty: 'easy',
    tags: [T.viewpoints],
    stem: 'Theo quan điểm chỉ đạo của Nghị quyết 66-NQ/TW, pháp luật phải “mở đường” và khơi thông điều gì?',
    options: [
      no('Các thủ tục hành chính'),
      ok('Mọi nguồn lực'),
      no('Riêng nguồn vốn ngân sách nhà nước'),
      no('Các kênh khiếu nại, tố cáo'),
    ],
    explanation:
      'Nghị quyết yêu cầu pháp luật mở đường, khơi thông mọi nguồn lực để thể chế, pháp luật trở thành lợi thế cạnh tranh.',
    source: nq66('Quan điểm chỉ đạo', URL.vietbao),
  },
]

const targets: SeedQuestion[] = [
  {
    seedId: 'nq66-target-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.targets],
    stem: 'Theo Nghị quyết 66-NQ/TW, trong năm 2025 cần cơ bản hoàn thành việc gì?',
    options: [
      no('Hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh'),
      ok('Tháo gỡ những “điểm nghẽn” do quy định pháp luật'),
      no('Hoàn thành cơ sở pháp lý cho mô hình chính quyền 3 cấp'),
      no('Có hệ thống pháp luật chất lượng cao, hiện đại'),
    ],
    explanation:
      'Mục tiêu năm 2025 là cơ bản hoàn thành tháo gỡ “điểm nghẽn” do quy định pháp luật; các phương án còn lại là mục tiêu năm 2028, năm 2027 và tầm nhìn 2045.',
    source: nq66('Mục tiêu đến năm 2025', URL.tienphong),
  },
  {
    seedId: 'nq66-target-002',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Theo Nghị quyết 66-NQ/TW, năm 2027 phải hoàn thành sửa đổi, bổ sung, ban hành mới văn bản pháp luật để tạo cơ sở pháp lý đồng bộ cho bộ máy nhà nước theo mô hình nào?',
    options: [
      no('Chính quyền địa phương 2 cấp'),
      no('Chính quyền 4 cấp'),
      ok('Chính quyền 3 cấp'),
      no('Chính quyền đô thị 1 cấp'),
    ],
    explanation:
      'Mục tiêu năm 2027 gắn với mô hình chính quyền 3 cấp (Trung ương – tỉnh – xã); không nhầm với chính quyền địa phương 2 cấp vận hành từ 1/7/2025.',
    source: nq66('Mục tiêu đến năm 2027', URL.tienphong),
  },
  {
    seedId: 'nq66-target-003',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Mô hình chính quyền 3 cấp nêu trong mục tiêu năm 2027 của Nghị quyết 66-NQ/TW gồm những cấp nào? (chọn nhiều đáp án)',
    options: [ok('Cấp Trung ương'), no('Cấp huyện'), ok('Cấp tỉnh'), ok('Cấp xã')],
    explanation: 'Ba cấp chính quyền là Trung ương, tỉnh và xã; cấp huyện không còn trong mô hình này.',
    source: nq66('Mục tiêu đến năm 2027', URL.vneconomyEn),
  },
  {
    seedId: 'nq66-target-004',
    type: 'single',
    difficulty: 'easy',
    tags: [T.targets],
    stem: 'Theo Nghị quyết 66-NQ/TW, năm 2028 Việt Nam hoàn thiện hệ thống pháp luật về lĩnh vực nào?',
    options: [
      no('Đất đai, tài nguyên'),
      no('Hình sự, tố tụng hình sự'),
      no('Giáo dục, đào tạo'),
      ok('Đầu tư, kinh doanh'),
    ],
    explanation:
      'Mục tiêu năm 2028 là hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh, góp phần đưa môi trường đầu tư vào nhóm 3 nước dẫn đầu ASEAN.',
    source: nq66('Mục tiêu đến năm 2028', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-target-005',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Mục tiêu năm 2028 của Nghị quyết 66-NQ/TW góp phần đưa môi trường đầu tư của Việt Nam vào nhóm nào?',
    options: [
      ok('Nhóm 3 nước dẫn đầu ASEAN'),
      no('Nhóm 30 nước dẫn đầu thế giới'),
      no('Nhóm 5 nước dẫn đầu ASEAN'),
      no('Nhóm 10 nước dẫn đầu châu Á'),
    ],
    explanation:
      'Nghị quyết đặt mục tiêu năm 2028 hoàn thiện pháp luật về đầu tư, kinh doanh, góp phần đưa môi trường đầu tư vào nhóm 3 nước dẫn đầu ASEAN.',
    source: nq66('Mục tiêu đến năm 2028', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-target-006',
    type: 'true_false',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Nghị quyết 66-NQ/TW đặt mục tiêu đến năm 2028 đưa môi trường đầu tư của Việt Nam vào nhóm 30 nước dẫn đầu thế giới.',
    options: trueFalse(false),
    explanation:
      'Mục tiêu năm 2028 của Nghị quyết 66 là góp phần đưa môi trường đầu tư vào nhóm 3 nước dẫn đầu ASEAN; chỉ tiêu “top 30 thế giới” không thuộc nghị quyết này.',
    source: nq66('Mục tiêu đến năm 2028', URL.vneconomyEn),
  },
  {
    seedId: 'nq66-target-007',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Theo Nghị quyết 66-NQ/TW, đến năm 2030 Việt Nam có hệ thống pháp luật với những đặc điểm nào?',
    options: [
      no('Chất lượng cao, hiện đại, tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến'),
      ok('Dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch, khả thi'),
      no('Tinh gọn, ổn định, ít sửa đổi, dễ tra cứu'),
      no('Đầy đủ, chi tiết, quy định trực tiếp mọi trường hợp cụ thể'),
    ],
    explanation:
      'Mục tiêu 2030 gồm bảy đặc điểm: dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch, khả thi; “chất lượng cao, hiện đại” thuộc tầm nhìn 2045.',
    source: nq66('Mục tiêu đến năm 2030', URL.tienphong),
  },
  {
    seedId: 'nq66-target-008',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Theo mục tiêu đến năm 2030 của Nghị quyết 66-NQ/TW, cơ chế tổ chức thực hiện pháp luật phải như thế nào?',
    options: [
      no('Linh hoạt, mềm dẻo theo từng địa phương'),
      no('Thí điểm trước, áp dụng sau'),
      ok('Nghiêm minh, nhất quán'),
      no('Phân cấp toàn bộ cho cấp xã'),
    ],
    explanation:
      'Nghị quyết đặt mục tiêu đến năm 2030 có hệ thống pháp luật đi kèm cơ chế tổ chức thực hiện nghiêm minh, nhất quán.',
    source: nq66('Mục tiêu đến năm 2030', URL.tienphong),
  },
  {
    seedId: 'nq66-target-009',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.targets],
    stem: 'Những đặc điểm nào nằm trong mục tiêu đến năm 2030 về hệ thống pháp luật của Nghị quyết 66-NQ/TW? (chọn nhiều đáp án)',
    options: [no('Hiện đại'), ok('Đồng bộ'), ok('Minh bạch'), no('Chất lượng cao'), ok('Khả thi')],
    explanation:
      'Bảy đặc điểm của mục tiêu 2030 là dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch, khả thi; “chất lượng cao, hiện đại” là của tầm nhìn 2045.',
    source: nq66('Mục tiêu đến năm 2030', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-target-010',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Nghị quyết 66-NQ/TW gắn công tác pháp luật với mục tiêu đến năm 2030 Việt Nam trở thành nước như thế nào?',
    options: [
      no('Nước phát triển, thu nhập cao'),
      no('Nước công nghiệp theo hướng hiện đại, thu nhập trung bình thấp'),
      no('Nước thu nhập cao dẫn đầu ASEAN'),
      ok('Nước đang phát triển, có công nghiệp hiện đại, thu nhập trung bình cao'),
    ],
    explanation:
      'Nghị quyết hướng tới để đến năm 2030 Việt Nam là nước đang phát triển, có công nghiệp hiện đại, thu nhập trung bình cao.',
    source: nq66('Mục tiêu đến năm 2030', URL.tienphong),
  },
  {
    seedId: 'nq66-target-011',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.targets],
    stem: 'Mục tiêu năm 2027 của Nghị quyết 66-NQ/TW gắn với mô hình chính quyền địa phương 2 cấp.',
    options: trueFalse(false),
    explanation:
      'Mục tiêu năm 2027 là hoàn thiện cơ sở pháp lý cho bộ máy nhà nước theo mô hình chính quyền 3 cấp (Trung ương – tỉnh – xã).',
    source: nq66('Mục tiêu đến năm 2027', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-target-012',
    type: 'single',
    difficulty: 'hard',
    tags: [T.targets],
    stem: 'Theo kết quả công bố đầu năm 2026, tỷ lệ kiến nghị về vướng mắc do quy định pháp luật được xử lý trong năm 2025 là bao nhiêu?',
    options: [ok('98,3%'), no('93,9%'), no('100%'), no('89,3%')],
    explanation:
      'Năm 2025 đã xử lý 462/470 ý kiến, kiến nghị (98,3%), cơ bản hoàn thành mục tiêu tháo gỡ “điểm nghẽn” do quy định pháp luật.',
    source: src('Báo Lao Động – kết quả tháo gỡ “điểm nghẽn” do quy định pháp luật năm 2025', undefined, URL.laodongBottlenecks),
  },
  {
    seedId: 'nq66-target-013',
    type: 'single',
    difficulty: 'hard',
    tags: [T.targets],
    stem: 'Trong năm 2025, bao nhiêu trong tổng số 470 ý kiến, kiến nghị về vướng mắc do quy định pháp luật đã được xử lý?',
    options: [no('416'), ok('462'), no('443'), no('374')],
    explanation: 'Đã có 462 trên 470 ý kiến, kiến nghị được xử lý, tương đương 98,3%.',
    source: src(
      'Thông tấn xã Việt Nam – bài “Resolution No. 66-NQ/TW and renewal of legal thinking”',
      undefined,
      URL.vnanetLegalThinking,
    ),
  },
  {
    seedId: 'nq66-target-014',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Trong năm 2025, Chính phủ đã trình Quốc hội thông qua bao nhiêu luật, nghị quyết?',
    options: [no('55'), no('72'), ok('99'), no('374')],
    explanation:
      'Năm 2025 Chính phủ trình Quốc hội thông qua 99 luật, nghị quyết; riêng Kỳ họp thứ 10 là 55, và Chính phủ ban hành 374 nghị định.',
    source: src('Báo Thanh Niên – kết quả năm 2025 về tháo gỡ “điểm nghẽn” do quy định pháp luật', undefined, URL.thanhnienBottlenecks),
  },
  {
    seedId: 'nq66-target-015',
    type: 'single',
    difficulty: 'hard',
    tags: [T.targets],
    stem: 'Trong năm 2025, Chính phủ đã ban hành bao nhiêu nghị định?',
    options: [no('99'), no('462'), no('197'), ok('374')],
    explanation: 'Cùng với 99 luật, nghị quyết trình Quốc hội, năm 2025 Chính phủ ban hành 374 nghị định.',
    source: src('Báo Thanh Niên – kết quả năm 2025 về tháo gỡ “điểm nghẽn” do quy định pháp luật', undefined, URL.thanhnienBottlenecks),
  },
  {
    seedId: 'nq66-target-016',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Riêng tại Kỳ họp thứ 10, Quốc hội khóa XV đã thông qua bao nhiêu luật, nghị quyết do Chính phủ trình?',
    options: [ok('55'), no('99'), no('72'), no('45')],
    explanation: 'Trong 99 luật, nghị quyết Chính phủ trình năm 2025, riêng Kỳ họp thứ 10 có 55 luật, nghị quyết được thông qua.',
    source: src('Báo Thanh Niên – kết quả năm 2025 về tháo gỡ “điểm nghẽn” do quy định pháp luật', undefined, URL.thanhnienBottlenecks),
  },
  {
    seedId: 'nq66-target-017',
    type: 'single',
    difficulty: 'medium',
    tags: [T.targets],
    stem: 'Theo số liệu công bố tháng 1/2026, bao nhiêu tỉnh, thành phố trực thuộc Trung ương đã ban hành chương trình hoặc kế hoạch triển khai Nghị quyết 66-NQ/TW?',
    options: [
      no('63 tỉnh, thành phố'),
      ok('34 tỉnh, thành phố'),
      no('30 tỉnh, thành phố'),
      no('22 tỉnh, thành phố'),
    ],
    explanation:
      'Tất cả 34 tỉnh, thành phố trực thuộc Trung ương (cùng 22 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ) đã ban hành chương trình hoặc kế hoạch triển khai.',
    source: src('Báo Thanh Niên – bài “Nghị quyết 66: bước ngoặt cải cách thể chế”', undefined, URL.thanhnienTurningPoint),
  },
  {
    seedId: 'nq66-target-018',
    type: 'single',
    difficulty: 'hard',
    tags: [T.targets],
    stem: 'Theo số liệu công bố tháng 1/2026, bao nhiêu bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ đã ban hành chương trình hoặc kế hoạch triển khai Nghị quyết 66-NQ/TW?',
    options: [no('Tất cả 18 cơ quan'), no('Tất cả 30 cơ quan'), ok('Tất cả 22 cơ quan'), no('Tất cả 34 cơ quan')],
    explanation:
      'Tất cả 22 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ đã ban hành chương trình hoặc kế hoạch; con số 34 là số tỉnh, thành phố.',
    source: src('Báo Dân trí – Bộ trưởng Bộ Tư pháp chia sẻ về Nghị quyết 66-NQ/TW (tháng 1/2026)', undefined, URL.dantriMinister),
  },
  {
    seedId: 'nq66-target-019',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.targets],
    stem: 'Theo Nghị quyết 66-NQ/TW, mục tiêu hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh được đặt cho năm 2028.',
    options: trueFalse(true),
    explanation:
      'Nghị quyết đặt mốc năm 2028 cho việc hoàn thiện hệ thống pháp luật về đầu tư, kinh doanh, góp phần đưa môi trường đầu tư vào nhóm 3 nước dẫn đầu ASEAN.',
    source: nq66('Mục tiêu đến năm 2028', URL.doanhnghiephoinhap),
  },
]

const vision: SeedQuestion[] = [
  {
    seedId: 'nq66-vision-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.vision],
    stem: 'Theo Nghị quyết 66-NQ/TW, đến năm nào Việt Nam có hệ thống pháp luật chất lượng cao, hiện đại, tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến?',
    options: [no('Năm 2030'), ok('Năm 2045'), no('Năm 2035'), no('Năm 2050')],
    explanation:
      'Đây là tầm nhìn đến năm 2045 của Nghị quyết; mốc 2030 gắn với hệ thống pháp luật dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch, khả thi.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-002',
    type: 'single',
    difficulty: 'medium',
    tags: [T.vision],
    stem: 'Theo tầm nhìn đến năm 2045 của Nghị quyết 66-NQ/TW, hệ thống pháp luật Việt Nam cần “tiệm cận” điều gì?',
    options: [
      no('Hệ thống pháp luật chung của ASEAN'),
      no('Mô hình pháp luật của một nước phát triển cụ thể'),
      ok('Chuẩn mực, thông lệ quốc tế tiên tiến'),
      no('Các cam kết trong hiệp định thương mại tự do'),
    ],
    explanation:
      'Tầm nhìn 2045 là hệ thống pháp luật chất lượng cao, hiện đại, tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến và phù hợp với thực tiễn đất nước.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-003',
    type: 'single',
    difficulty: 'easy',
    tags: [T.vision],
    stem: 'Theo tầm nhìn đến năm 2045 của Nghị quyết 66-NQ/TW, hệ thống pháp luật phải tôn trọng, bảo vệ hiệu quả điều gì?',
    options: [
      no('Lợi ích của doanh nghiệp nhà nước'),
      no('Quyền tự chủ của chính quyền địa phương'),
      no('Quyền tài sản của nhà đầu tư nước ngoài'),
      ok('Quyền con người, quyền công dân'),
    ],
    explanation:
      'Tầm nhìn 2045 đòi hỏi hệ thống pháp luật được thực hiện nghiêm minh, nhất quán, tôn trọng và bảo vệ hiệu quả quyền con người, quyền công dân.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-004',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.vision],
    stem: 'Theo Nghị quyết 66-NQ/TW, tầm nhìn đến năm 2045 là Việt Nam có hệ thống pháp luật chất lượng cao, hiện đại.',
    options: trueFalse(true),
    explanation:
      'Tầm nhìn 2045 của Nghị quyết là hệ thống pháp luật chất lượng cao, hiện đại, tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến.',
    source: nq66('Tầm nhìn đến năm 2045', URL.vneconomyEn),
  },
  {
    seedId: 'nq66-vision-005',
    type: 'true_false',
    difficulty: 'medium',
    tags: [T.vision],
    stem: 'Yêu cầu hệ thống pháp luật “tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến” là mục tiêu đến năm 2030 của Nghị quyết 66-NQ/TW.',
    options: trueFalse(false),
    explanation:
      'Đây là nội dung của tầm nhìn đến năm 2045; mục tiêu 2030 là hệ thống pháp luật dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch, khả thi.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-006',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.vision],
    stem: 'Những nội dung nào thuộc tầm nhìn đến năm 2045 của Nghị quyết 66-NQ/TW? (chọn nhiều đáp án)',
    options: [
      ok('Hệ thống pháp luật chất lượng cao, hiện đại'),
      no('Môi trường đầu tư thuộc nhóm 3 nước dẫn đầu ASEAN'),
      ok('Phù hợp với thực tiễn đất nước'),
      no('Hoàn thành cơ sở pháp lý cho mô hình chính quyền 3 cấp'),
      ok('Được thực hiện nghiêm minh, nhất quán'),
    ],
    explanation:
      'Tầm nhìn 2045 gồm hệ thống pháp luật chất lượng cao, hiện đại, phù hợp thực tiễn, được thực hiện nghiêm minh, nhất quán; hai phương án sai là mục tiêu các năm 2028 và 2027.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-007',
    type: 'single',
    difficulty: 'hard',
    tags: [T.vision],
    stem: 'Cụm từ nào chỉ có trong tầm nhìn đến năm 2045, không thuộc mục tiêu đến năm 2030 về hệ thống pháp luật của Nghị quyết 66-NQ/TW?',
    options: [
      ok('Tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến'),
      no('Dân chủ, công bằng'),
      no('Đồng bộ, thống nhất'),
      no('Công khai, minh bạch, khả thi'),
    ],
    explanation:
      'Các cặp “dân chủ, công bằng”, “đồng bộ, thống nhất”, “công khai, minh bạch, khả thi” thuộc mục tiêu 2030; “tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến” chỉ có ở tầm nhìn 2045.',
    source: nq66('Mục tiêu đến năm 2030 và tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-008',
    type: 'single',
    difficulty: 'medium',
    tags: [T.vision],
    stem: 'Theo tầm nhìn đến năm 2045, bên cạnh việc tiệm cận chuẩn mực quốc tế, hệ thống pháp luật còn phải phù hợp với điều gì?',
    options: [
      no('Xu hướng của các nền kinh tế lớn'),
      ok('Thực tiễn đất nước'),
      no('Yêu cầu của các tổ chức tài chính quốc tế'),
      no('Mô hình chính quyền địa phương 2 cấp'),
    ],
    explanation:
      'Tầm nhìn 2045 đặt song song hai yêu cầu: tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến và phù hợp với thực tiễn đất nước.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-vision-009',
    type: 'single',
    difficulty: 'easy',
    tags: [T.vision, T.dissemination],
    stem: 'Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của UBND TP Hà Nội yêu cầu quán triệt mục tiêu đến năm 2030 và tầm nhìn đến năm nào?',
    options: [no('Năm 2035'), no('Năm 2050'), ok('Năm 2045'), no('Năm 2040')],
    explanation:
      'Nội dung thứ ba của Kế hoạch là tuyên truyền, quán triệt các quan điểm chỉ đạo, mục tiêu đến năm 2030 và tầm nhìn đến năm 2045 của Nghị quyết.',
    source: hanoiPlan('Nội dung tuyên truyền, mục 3'),
  },
  {
    seedId: 'nq66-vision-010',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.vision],
    stem: 'Theo tầm nhìn đến năm 2045, hệ thống pháp luật Việt Nam chỉ cần tiệm cận chuẩn mực quốc tế, không đặt yêu cầu phù hợp với thực tiễn đất nước.',
    options: trueFalse(false),
    explanation:
      'Tầm nhìn 2045 yêu cầu hệ thống pháp luật vừa tiệm cận chuẩn mực, thông lệ quốc tế tiên tiến, vừa phù hợp với thực tiễn đất nước.',
    source: nq66('Tầm nhìn đến năm 2045', URL.doanhnghiephoinhap),
  },
]

const tasks: SeedQuestion[] = [
  {
    seedId: 'nq66-task-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Nghị quyết 66-NQ/TW đề ra bao nhiêu nhiệm vụ, giải pháp chủ yếu?',
    options: [no('5 nhiệm vụ, giải pháp'), ok('7 nhiệm vụ, giải pháp'), no('8 nhiệm vụ, giải pháp'), no('9 nhiệm vụ, giải pháp')],
    explanation:
      'Nghị quyết 66-NQ/TW có 07 nhiệm vụ, giải pháp chủ yếu, từ bảo đảm sự lãnh đạo của Đảng đến cơ chế tài chính đặc biệt.',
    source: nq66('Nhiệm vụ, giải pháp', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-002',
    type: 'single',
    difficulty: 'medium',
    tags: [T.tasks],
    stem: 'Nhiệm vụ, giải pháp thứ nhất của Nghị quyết 66-NQ/TW là gì?',
    options: [
      no('Chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong xây dựng, thi hành pháp luật'),
      no('Cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật'),
      ok('Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong xây dựng pháp luật, phát huy cao độ tính Đảng'),
      no('Giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật'),
    ],
    explanation:
      'Nhiệm vụ đầu tiên là bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng, phát huy cao độ tính Đảng trong xây dựng và thi hành pháp luật; các phương án khác là nhiệm vụ thứ sáu, bảy và năm.',
    source: nq66('Nhiệm vụ, giải pháp (1)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-003',
    type: 'single',
    difficulty: 'medium',
    tags: [T.tasks],
    stem: 'Nghị quyết 66-NQ/TW yêu cầu đổi mới tư duy, định hướng xây dựng pháp luật theo hướng nào?',
    options: [
      no('Ưu tiên tuyệt đối yêu cầu quản lý, hạn chế mọi rủi ro'),
      no('Chỉ khuyến khích sáng tạo, giảm vai trò quản lý nhà nước'),
      no('Giữ ổn định, hạn chế sửa đổi các văn bản đã ban hành'),
      ok('Vừa bảo đảm yêu cầu quản lý nhà nước, vừa khuyến khích sáng tạo, giải phóng sức sản xuất, khơi thông nguồn lực'),
    ],
    explanation:
      'Nhiệm vụ thứ hai đòi hỏi pháp luật vừa bảo đảm quản lý nhà nước, vừa khuyến khích sáng tạo, giải phóng toàn bộ sức sản xuất, khơi thông mọi nguồn lực phát triển.',
    source: nq66('Nhiệm vụ, giải pháp (2)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-004',
    type: 'single',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Nghị quyết 66-NQ/TW yêu cầu dứt khoát từ bỏ tư duy nào trong xây dựng pháp luật?',
    options: [
      ok('“Không quản được thì cấm”'),
      no('“Tăng cường hậu kiểm”'),
      no('“Lấy người dân, doanh nghiệp làm trung tâm”'),
      no('“Đầu tư cho pháp luật là đầu tư cho phát triển”'),
    ],
    explanation:
      'Nghị quyết yêu cầu dứt khoát từ bỏ tư duy “không quản được thì cấm”; các phương án còn lại là những định hướng được Nghị quyết khuyến khích.',
    source: nq66('Nhiệm vụ, giải pháp (2)', URL.doanhnghiephoinhap),
  },
  {
    seedId: 'nq66-task-005',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Theo tinh thần Nghị quyết 66-NQ/TW, khi chưa quản lý được một lĩnh vực thì nên cấm lĩnh vực đó để bảo đảm an toàn.',
    options: trueFalse(false),
    explanation:
      'Nghị quyết yêu cầu từ bỏ triệt để tư duy “không quản được thì cấm”, hướng tới pháp luật khuyến khích sáng tạo và khơi thông nguồn lực.',
    source: nq66('Nhiệm vụ, giải pháp (2)', URL.nguoithoidai),
  },
  {
    seedId: 'nq66-task-006',
    type: 'single',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Theo Nghị quyết 66-NQ/TW, chính sách, pháp luật phải lấy ai làm trung tâm?',
    options: [
      no('Cơ quan chủ trì soạn thảo'),
      ok('Người dân, doanh nghiệp'),
      no('Cơ quan quản lý nhà nước'),
      no('Đội ngũ chuyên gia pháp lý'),
    ],
    explanation: 'Nghị quyết yêu cầu chính sách, pháp luật phải lấy người dân, doanh nghiệp làm trung tâm.',
    source: nq66('Nhiệm vụ, giải pháp (2)', URL.nguoithoidai),
  },
  {
    seedId: 'nq66-task-007',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.tasks],
    stem: 'Theo Nghị quyết 66-NQ/TW, các quy định của pháp luật phải đáp ứng những yêu cầu nào? (chọn nhiều đáp án)',
    options: [
      ok('Ổn định'),
      no('Quy định chi tiết đến từng trường hợp'),
      ok('Đơn giản'),
      ok('Dễ thực hiện'),
      no('Thay đổi thường xuyên theo từng năm'),
    ],
    explanation:
      'Nghị quyết yêu cầu quy định pháp luật ổn định, đơn giản, dễ thực hiện, lấy người dân và doanh nghiệp làm trung tâm.',
    source: nq66('Nhiệm vụ, giải pháp (2)', URL.laodongNoBan),
  },
  {
    seedId: 'nq66-task-008',
    type: 'single',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Nghị quyết 66-NQ/TW nhấn mạnh định hướng không hình sự hóa những quan hệ nào?',
    options: [
      no('Hành vi tham nhũng, lãng phí'),
      no('Hành vi xâm phạm an ninh quốc gia'),
      ok('Quan hệ kinh tế, dân sự'),
      no('Hành vi buôn lậu, gian lận thương mại'),
    ],
    explanation: 'Bộ Chính trị nhấn mạnh định hướng “không hình sự hóa quan hệ kinh tế, dân sự” trong Nghị quyết 66-NQ/TW.',
    source: nq66('Nhiệm vụ, giải pháp (2)', URL.phaplyNoCriminalisation),
  },
  {
    seedId: 'nq66-task-009',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Nghị quyết 66-NQ/TW yêu cầu phân định rõ quy trình xây dựng chính sách với quy trình soạn thảo văn bản.',
    options: trueFalse(true),
    explanation: 'Nghị quyết đòi hỏi tách bạch quy trình xây dựng chính sách với quy trình soạn thảo văn bản.',
    source: nq66('Nhiệm vụ, giải pháp', URL.vietbao),
  },
  {
    seedId: 'nq66-task-010',
    type: 'single',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Nhiệm vụ, giải pháp thứ ba của Nghị quyết 66-NQ/TW yêu cầu tạo đột phá trong công tác nào?',
    options: [
      no('Sắp xếp tổ chức bộ máy'),
      no('Thu hút đầu tư nước ngoài'),
      no('Cải cách thủ tục hành chính'),
      ok('Thi hành pháp luật'),
    ],
    explanation:
      'Nhiệm vụ thứ ba là tạo đột phá trong thi hành pháp luật, bảo đảm pháp luật được thực hiện công bằng, nghiêm minh, nhất quán, kịp thời, hiệu lực, hiệu quả.',
    source: nq66('Nhiệm vụ, giải pháp (3)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-011',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Theo nhiệm vụ thứ ba của Nghị quyết 66-NQ/TW, pháp luật phải được thực hiện bảo đảm những yêu cầu nào? (chọn nhiều đáp án)',
    options: [
      ok('Công bằng'),
      ok('Nghiêm minh'),
      no('Linh hoạt theo từng đối tượng'),
      ok('Kịp thời'),
      no('Khép kín trong nội bộ cơ quan'),
    ],
    explanation:
      'Pháp luật phải được thực hiện công bằng, nghiêm minh, nhất quán, kịp thời, hiệu lực, hiệu quả; “linh hoạt theo từng đối tượng” trái với yêu cầu nhất quán.',
    source: nq66('Nhiệm vụ, giải pháp (3)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-012',
    type: 'single',
    difficulty: 'medium',
    tags: [T.tasks],
    stem: 'Nhiệm vụ, giải pháp thứ tư của Nghị quyết 66-NQ/TW tập trung vào nội dung nào?',
    options: [
      ok('Hợp tác quốc tế, pháp luật quốc tế, giải quyết tranh chấp quốc tế và đào tạo nhân lực trình độ cao'),
      no('Phát triển kinh tế tư nhân'),
      no('Cơ chế tài chính đặc biệt cho xây dựng và thi hành pháp luật'),
      no('Chuyển đổi số, ứng dụng trí tuệ nhân tạo'),
    ],
    explanation:
      'Nhiệm vụ thứ tư nâng cao hiệu quả hợp tác quốc tế về pháp luật, pháp luật quốc tế, giải quyết tranh chấp quốc tế và đào tạo nhân lực trình độ cao.',
    source: nq66('Nhiệm vụ, giải pháp (4)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-013',
    type: 'single',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Nhiệm vụ, giải pháp thứ bảy (cuối cùng) của Nghị quyết 66-NQ/TW là gì?',
    options: [
      no('Chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong xây dựng, thi hành pháp luật'),
      ok('Cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật'),
      no('Giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật'),
      no('Đổi mới tư duy, định hướng xây dựng pháp luật'),
    ],
    explanation:
      'Nhiệm vụ thứ bảy là cơ chế tài chính đặc biệt; chuyển đổi số là nhiệm vụ thứ sáu, nhân lực pháp luật là thứ năm, đổi mới tư duy là thứ hai.',
    source: nq66('Nhiệm vụ, giải pháp (7)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-014',
    type: 'single',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Theo Kế hoạch tuyên truyền của UBND TP Hà Nội, nhiệm vụ, giải pháp thứ năm của Nghị quyết 66-NQ/TW là gì?',
    options: [
      no('Cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật'),
      no('Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng'),
      ok('Giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật'),
      no('Hợp tác quốc tế và giải quyết tranh chấp quốc tế'),
    ],
    explanation:
      'Kế hoạch liệt kê nhiệm vụ (5) là giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật.',
    source: hanoiPlan('Nội dung tuyên truyền, mục 4'),
  },
  {
    seedId: 'nq66-task-015',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Những nội dung nào nằm trong 07 nhiệm vụ, giải pháp của Nghị quyết 66-NQ/TW? (chọn nhiều đáp án)',
    options: [
      no('Bố trí ít nhất 3% tổng chi ngân sách nhà nước cho khoa học, công nghệ'),
      ok('Chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong xây dựng, thi hành pháp luật'),
      no('Hoàn thiện mô hình chính quyền địa phương 2 cấp'),
      ok('Cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật'),
    ],
    explanation:
      'Chuyển đổi số và cơ chế tài chính đặc biệt là nhiệm vụ thứ sáu và thứ bảy; mức 3% chi ngân sách cho khoa học, công nghệ gắn với Nghị quyết 57-NQ/TW.',
    source: nq66('Nhiệm vụ, giải pháp (6) và (7)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-016',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.tasks],
    stem: 'Theo Nghị quyết 66-NQ/TW, công tác xây dựng pháp luật phải gắn kết chặt chẽ với công tác thi hành pháp luật.',
    options: trueFalse(true),
    explanation:
      'Nhiệm vụ thứ ba yêu cầu thi hành pháp luật nghiêm minh, công bằng, đồng thời gắn kết chặt chẽ giữa xây dựng và thi hành pháp luật.',
    source: nq66('Nhiệm vụ, giải pháp (3)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-task-017',
    type: 'single',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Trước khi có Nghị quyết 66-NQ/TW, kinh phí xây dựng pháp luật của các cơ quan ở Trung ương năm 2024 là khoảng bao nhiêu?',
    options: [
      no('Khoảng 75 tỷ đồng'),
      no('Khoảng 100 tỷ đồng'),
      no('Khoảng 1.100 tỷ đồng'),
      ok('Khoảng 110 tỷ đồng'),
    ],
    explanation:
      'Kinh phí xây dựng pháp luật của các cơ quan Trung ương chỉ khoảng 75 tỷ đồng (2022), 100 tỷ đồng (2023) và 110 tỷ đồng (2024), cho thấy yêu cầu phải có cơ chế tài chính đặc biệt.',
    source: src(
      'Báo Pháp luật Việt Nam – bài về đổi mới đầu tư cho xây dựng pháp luật theo Nghị quyết 66-NQ/TW',
      undefined,
      URL.baophapluatBudget,
    ),
  },
  {
    seedId: 'nq66-task-018',
    type: 'single',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Giai đoạn 2022–2024, trước khi có Nghị quyết 66-NQ/TW, kinh phí xây dựng pháp luật của các cơ quan ở Trung ương thay đổi thế nào?',
    options: [
      ok('Tăng từ khoảng 75 tỷ đồng lên khoảng 110 tỷ đồng'),
      no('Giảm từ khoảng 110 tỷ đồng xuống khoảng 75 tỷ đồng'),
      no('Giữ nguyên khoảng 100 tỷ đồng mỗi năm'),
      no('Tăng từ khoảng 100 tỷ đồng lên khoảng 1.000 tỷ đồng'),
    ],
    explanation: 'Kinh phí tăng từ khoảng 75 tỷ đồng (2022) lên 100 tỷ đồng (2023) và 110 tỷ đồng (2024).',
    source: src(
      'Bài “Nội dung cốt lõi của Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật…” (dhcsnd.edu.vn)',
      undefined,
      URL.dhcsnd,
    ),
  },
  {
    seedId: 'nq66-task-019',
    type: 'single',
    difficulty: 'medium',
    tags: [T.tasks],
    stem: 'Theo Nghị quyết 197/2025/QH15, người trực tiếp, thường xuyên làm công tác xây dựng pháp luật được hỗ trợ hằng tháng bằng bao nhiêu?',
    options: [
      no('50% mức lương theo hệ số lương hiện hưởng'),
      ok('100% mức lương theo hệ số lương hiện hưởng (không bao gồm phụ cấp)'),
      no('100% mức lương và toàn bộ phụ cấp hiện hưởng'),
      no('200% mức lương theo hệ số lương hiện hưởng'),
    ],
    explanation:
      'Nghị quyết 197/2025/QH15 cho người trực tiếp, thường xuyên làm công tác xây dựng pháp luật hưởng hỗ trợ hằng tháng bằng 100% mức lương theo hệ số lương hiện hưởng, không tính phụ cấp.',
    source: src(DOC.nq197, 'Chính sách hỗ trợ người làm công tác xây dựng pháp luật', URL.nq197Allowance),
  },
  {
    seedId: 'nq66-task-020',
    type: 'single',
    difficulty: 'medium',
    tags: [T.tasks],
    stem: 'Quốc hội đã thông qua văn bản nào để kịp thời thể chế hóa các cơ chế, chính sách đặc biệt của Nghị quyết 66-NQ/TW trong xây dựng và tổ chức thi hành pháp luật?',
    options: [
      no('Luật số 64/2025/QH15'),
      no('Luật số 87/2025/QH15'),
      ok('Nghị quyết số 197/2025/QH15'),
      no('Luật số 39/2024/QH15'),
    ],
    explanation:
      'Ngày 17/5/2025, Quốc hội thông qua Nghị quyết 197/2025/QH15 về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi hành pháp luật.',
    source: src(DOC.nq197, undefined, URL.nq197Text),
  },
  {
    seedId: 'nq66-task-021',
    type: 'single',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Nghị quyết 197/2025/QH15 về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi hành pháp luật được thông qua ngày nào?',
    options: [no('30/4/2025'), no('18/5/2025'), no('19/02/2025'), ok('17/5/2025')],
    explanation:
      'Quốc hội thông qua Nghị quyết 197/2025/QH15 ngày 17/5/2025, 17 ngày sau khi Bộ Chính trị ban hành Nghị quyết 66-NQ/TW.',
    source: src(DOC.nq197, undefined, URL.nq197Text),
  },
  {
    seedId: 'nq66-task-022',
    type: 'single',
    difficulty: 'hard',
    tags: [T.tasks],
    stem: 'Khi biểu quyết thông qua Nghị quyết 197/2025/QH15, bao nhiêu đại biểu Quốc hội đã tán thành?',
    options: [
      ok('416/443 đại biểu tham gia biểu quyết'),
      no('443/470 đại biểu tham gia biểu quyết'),
      no('462/470 đại biểu tham gia biểu quyết'),
      no('398/443 đại biểu tham gia biểu quyết'),
    ],
    explanation: 'Có 416 trên 443 đại biểu tham gia biểu quyết tán thành Nghị quyết 197/2025/QH15.',
    source: src(DOC.nq197, 'Kết quả biểu quyết', URL.nq197Vote),
  },
  {
    seedId: 'nq66-task-023',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.tasks, T.digital],
    stem: 'Nghị quyết 197/2025/QH15 quy định cơ chế, chính sách đặc biệt về những mặt nào? (chọn nhiều đáp án)',
    options: [
      ok('Tài chính'),
      ok('Nguồn nhân lực'),
      no('Giao đất, cho thuê đất cho doanh nghiệp'),
      ok('Phát triển và ứng dụng công nghệ số, chuyển đổi số'),
    ],
    explanation:
      'Nghị quyết 197/2025/QH15 có các cơ chế, chính sách đặc biệt về tài chính, nguồn nhân lực, phát triển và ứng dụng công nghệ số, chuyển đổi số trong xây dựng và thi hành pháp luật.',
    source: src(DOC.nq197, undefined, URL.nq197Text),
  },
]

const digital: SeedQuestion[] = [
  {
    seedId: 'nq66-digital-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital],
    stem: 'Nhiệm vụ, giải pháp nào của Nghị quyết 66-NQ/TW gắn trực tiếp với công nghệ?',
    options: [
      ok('Chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong công tác xây dựng, thi hành pháp luật'),
      no('Đổi mới tư duy, định hướng xây dựng pháp luật'),
      no('Cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật'),
      no('Hợp tác quốc tế và giải quyết tranh chấp quốc tế'),
    ],
    explanation:
      'Nhiệm vụ thứ sáu của Nghị quyết là chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong công tác xây dựng, thi hành pháp luật.',
    source: nq66('Nhiệm vụ, giải pháp (6)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-digital-002',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital],
    stem: 'Cùng với chuyển đổi số và trí tuệ nhân tạo, Nghị quyết 66-NQ/TW nhấn mạnh ứng dụng công nghệ nào trong xây dựng, thi hành pháp luật?',
    options: [
      no('Chuỗi khối (blockchain)'),
      ok('Dữ liệu lớn (Big Data)'),
      no('Điện toán lượng tử'),
      no('Thực tế ảo'),
    ],
    explanation:
      'Nghị quyết gắn hiện đại hóa công tác pháp luật với công nghệ số, trí tuệ nhân tạo (AI) và dữ liệu lớn (Big Data).',
    source: nq66('Nhiệm vụ, giải pháp (6)', URL.laocaiDigital),
  },
  {
    seedId: 'nq66-digital-003',
    type: 'single',
    difficulty: 'medium',
    tags: [T.digital, T.hanoiProgramme],
    stem: 'Theo Chương trình hành động thực hiện Nghị quyết 66-NQ/TW của UBND TP Hà Nội, cơ sở dữ liệu lớn về pháp luật và trí tuệ nhân tạo được ứng dụng trong công tác nào?',
    options: [
      no('Xét xử các vụ án dân sự'),
      no('Tuyển dụng công chức cấp xã'),
      ok('Xây dựng, kiểm tra và rà soát văn bản quy phạm pháp luật'),
      no('Cấp giấy phép xây dựng'),
    ],
    explanation:
      'Chương trình yêu cầu các cấp, ngành ứng dụng cơ sở dữ liệu lớn về pháp luật, trí tuệ nhân tạo trong xây dựng, kiểm tra và rà soát văn bản quy phạm pháp luật.',
    source: hanoiProgramme('Nhiệm vụ chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn'),
  },
  {
    seedId: 'nq66-digital-004',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.digital, T.hanoiProgramme],
    stem: 'Chương trình hành động của UBND TP Hà Nội yêu cầu đẩy mạnh ứng dụng công nghệ số, chuyển đổi số trong những công tác nào? (chọn nhiều đáp án)',
    options: [
      ok('Phổ biến, giáo dục pháp luật'),
      ok('Trợ giúp pháp lý'),
      no('Xét xử các vụ án hình sự'),
      ok('Đăng ký biện pháp bảo đảm'),
      no('Điều tra vụ án hình sự'),
    ],
    explanation:
      'Chương trình nêu rõ ba công tác cần đẩy mạnh chuyển đổi số: phổ biến, giáo dục pháp luật; trợ giúp pháp lý; đăng ký biện pháp bảo đảm.',
    source: hanoiProgramme('Nhiệm vụ về phổ biến, giáo dục pháp luật'),
  },
  {
    seedId: 'nq66-digital-005',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital, T.hanoiProgramme],
    stem: 'Theo Chương trình hành động của Hà Nội, nội dung phổ biến, giáo dục pháp luật được lồng ghép vào phong trào nào của Thành phố?',
    options: [
      no('“Toàn dân đoàn kết xây dựng đời sống văn hóa”'),
      no('“Cả nước chung tay vì người nghèo”'),
      no('“Toàn dân bảo vệ an ninh Tổ quốc”'),
      ok('“Bình dân học vụ số”'),
    ],
    explanation:
      'Chương trình yêu cầu lồng ghép phổ biến, giáo dục pháp luật vào phong trào “Bình dân học vụ số” của Thành phố.',
    source: hanoiProgramme('Nhiệm vụ về phổ biến, giáo dục pháp luật'),
  },
  {
    seedId: 'nq66-digital-006',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital, T.hanoiProgramme],
    stem: 'Chương trình hành động của Hà Nội yêu cầu bố trí nguồn lực để xây dựng, phát triển những gì phục vụ hiện đại hóa công tác xây dựng và tổ chức thi hành pháp luật?',
    options: [
      ok('Hạ tầng công nghệ thông tin, cơ sở dữ liệu lớn, công nghệ số và trí tuệ nhân tạo'),
      no('Trụ sở làm việc mới cho các sở, ngành'),
      no('Hệ thống loa truyền thanh tại tổ dân phố'),
      no('Phương tiện đi lại cho cán bộ pháp chế'),
    ],
    explanation:
      'Chương trình đề cập bố trí nguồn lực phát triển hạ tầng công nghệ thông tin, cơ sở dữ liệu lớn, ứng dụng công nghệ số và trí tuệ nhân tạo.',
    source: hanoiProgramme('Nhiệm vụ chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn'),
  },
  {
    seedId: 'nq66-digital-007',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.digital],
    stem: 'Chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn là một trong các nhiệm vụ, giải pháp chủ yếu của Nghị quyết 66-NQ/TW.',
    options: trueFalse(true),
    explanation: 'Đây là nhiệm vụ, giải pháp thứ sáu trong 07 nhiệm vụ, giải pháp chủ yếu của Nghị quyết.',
    source: nq66('Nhiệm vụ, giải pháp (6)', URL.hanoiPlan),
  },
  {
    seedId: 'nq66-digital-008',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.digital],
    stem: 'Theo Nghị quyết 66-NQ/TW, trí tuệ nhân tạo chỉ được dùng trong phổ biến pháp luật, không áp dụng trong công tác xây dựng pháp luật.',
    options: trueFalse(false),
    explanation:
      'Nghị quyết yêu cầu ứng dụng trí tuệ nhân tạo, dữ liệu lớn ngay trong công tác xây dựng và thi hành pháp luật, không chỉ trong phổ biến pháp luật.',
    source: nq66('Nhiệm vụ, giải pháp (6)', URL.laocaiDigital),
  },
  {
    seedId: 'nq66-digital-009',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital, T.pillars],
    stem: 'Nghị quyết nào trong “Bộ tứ trụ cột” bàn về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia?',
    options: [no('Nghị quyết 59-NQ/TW'), ok('Nghị quyết 57-NQ/TW'), no('Nghị quyết 66-NQ/TW'), no('Nghị quyết 68-NQ/TW')],
    explanation:
      'Nghị quyết 57-NQ/TW ngày 22/12/2024 bàn về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
    source: src(DOC.nq57, undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-digital-010',
    type: 'single',
    difficulty: 'medium',
    tags: [T.digital, T.hanoiProgramme],
    stem: 'Việc ứng dụng công nghệ số và trí tuệ nhân tạo trong Chương trình hành động của Hà Nội nhằm mục đích gì?',
    options: [
      no('Thay thế hoàn toàn đội ngũ làm công tác pháp chế'),
      no('Thu phí dịch vụ tra cứu văn bản pháp luật'),
      ok('Phục vụ đổi mới, hiện đại hóa công tác xây dựng và tổ chức thi hành pháp luật'),
      no('Giảm số cuộc họp của UBND Thành phố'),
    ],
    explanation:
      'Chương trình đặt mục đích của công nghệ số và trí tuệ nhân tạo là phục vụ đổi mới, hiện đại hóa công tác xây dựng và tổ chức thi hành pháp luật.',
    source: hanoiProgramme('Nhiệm vụ chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn'),
  },
  {
    seedId: 'nq66-digital-011',
    type: 'single',
    difficulty: 'medium',
    tags: [T.digital, T.dissemination],
    stem: 'Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của UBND TP Hà Nội yêu cầu tổ chức hoạt động tuyên truyền như thế nào?',
    options: [
      no('Chỉ gửi văn bản giấy đến từng cơ quan'),
      no('Theo một mẫu chung cho mọi đối tượng'),
      no('Chủ yếu qua hội nghị tập trung cấp Thành phố'),
      ok('Bằng nhiều hình thức đa dạng, phong phú, ứng dụng công nghệ số phù hợp với từng cơ quan, đơn vị, địa phương'),
    ],
    explanation:
      'Kế hoạch yêu cầu tuyên truyền bằng nhiều hình thức đa dạng, phong phú, ứng dụng công nghệ số phù hợp với đặc điểm từng cơ quan, đơn vị, địa phương.',
    source: hanoiPlan('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-digital-012',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital],
    stem: 'Trong các bài viết về chuyển đổi số trong xây dựng, thi hành pháp luật theo Nghị quyết 66-NQ/TW, chữ viết tắt “AI” chỉ công nghệ nào?',
    options: [ok('Trí tuệ nhân tạo'), no('Dữ liệu lớn'), no('Internet vạn vật'), no('Điện toán đám mây')],
    explanation: '“AI” là viết tắt của trí tuệ nhân tạo; dữ liệu lớn được viết tắt là Big Data.',
    source: src(
      'Cổng chuyển đổi số tỉnh Lào Cai – bài “Chuyển đổi số và trí tuệ nhân tạo: động lực mới cho xây dựng và thi hành pháp luật”',
      undefined,
      URL.laocaiDigital,
    ),
  },
  {
    seedId: 'nq66-digital-013',
    type: 'single',
    difficulty: 'easy',
    tags: [T.digital, T.hanoiProgramme],
    stem: 'Theo Chương trình hành động của Hà Nội, đẩy mạnh chuyển đổi số trong phổ biến, giáo dục pháp luật nhằm giúp người dân điều gì?',
    options: [
      no('Được miễn trách nhiệm khi vi phạm lần đầu'),
      ok('Tiếp cận, hiểu rõ hơn pháp luật và nâng cao ý thức tuân thủ pháp luật'),
      no('Tự ban hành quy định riêng cho khu dân cư'),
      no('Không phải thực hiện thủ tục hành chính nào nữa'),
    ],
    explanation:
      'Chương trình nêu mục đích giúp người dân tiếp cận, hiểu rõ hơn về pháp luật, tăng cường ý thức pháp luật và tuân thủ pháp luật.',
    source: hanoiProgramme('Nhiệm vụ về phổ biến, giáo dục pháp luật'),
  },
]

const fourPillarsSource = (article?: string) =>
  src('Phát biểu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc ngày 18/5/2025 về “Bộ tứ trụ cột”', article, URL.fourPillars)

const pillars: SeedQuestion[] = [
  {
    seedId: 'nq66-pillars-001',
    type: 'single',
    difficulty: 'medium',
    tags: [T.pillars],
    stem: '“Bộ tứ trụ cột” gồm những nghị quyết nào của Bộ Chính trị?',
    options: [
      no('Các nghị quyết 57, 66, 68 và 79'),
      ok('Các nghị quyết 57, 59, 66 và 68'),
      no('Các nghị quyết 59, 66, 68 và 80'),
      no('Các nghị quyết 66, 68, 70 và 71'),
    ],
    explanation:
      '“Bộ tứ trụ cột” là Nghị quyết 57 (khoa học, công nghệ), 59 (hội nhập quốc tế), 66 (xây dựng và thi hành pháp luật) và 68 (kinh tế tư nhân).',
    source: fourPillarsSource(),
  },
  {
    seedId: 'nq66-pillars-002',
    type: 'single',
    difficulty: 'easy',
    tags: [T.pillars],
    stem: 'Ai đã gọi bốn nghị quyết 57, 59, 66 và 68 của Bộ Chính trị là “Bộ tứ trụ cột”?',
    options: [
      no('Chủ tịch Quốc hội Trần Thanh Mẫn'),
      no('Thủ tướng Chính phủ Phạm Minh Chính'),
      ok('Tổng Bí thư Tô Lâm'),
      no('Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh'),
    ],
    explanation: 'Tổng Bí thư Tô Lâm nhấn mạnh có thể gọi bốn nghị quyết này là “Bộ tứ trụ cột” để giúp đất nước cất cánh.',
    source: fourPillarsSource(),
  },
  {
    seedId: 'nq66-pillars-003',
    type: 'single',
    difficulty: 'easy',
    tags: [T.pillars],
    stem: 'Theo Tổng Bí thư Tô Lâm, “Bộ tứ trụ cột” sẽ giúp đất nước làm gì?',
    options: [no('“Về đích sớm”'), no('“Giữ vững ổn định vĩ mô”'), no('“Vượt qua mọi thách thức”'), ok('“Cất cánh”')],
    explanation: 'Tổng Bí thư gọi bốn nghị quyết là “Bộ tứ trụ cột” để giúp đất nước “cất cánh”.',
    source: fourPillarsSource(),
  },
  {
    seedId: 'nq66-pillars-004',
    type: 'single',
    difficulty: 'hard',
    tags: [T.pillars],
    stem: 'Cách gọi “Bộ tứ trụ cột” được Tổng Bí thư Tô Lâm nêu tại sự kiện nào?',
    options: [
      ok('Hội nghị toàn quốc quán triệt Nghị quyết 66-NQ/TW và 68-NQ/TW ngày 18/5/2025'),
      no('Phiên họp thứ nhất của Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật ngày 5/6/2025'),
      no('Phiên khai mạc Kỳ họp thứ 8, Quốc hội khóa XV'),
      no('Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV'),
    ],
    explanation:
      'Tại hội nghị toàn quốc ngày 18/5/2025 quán triệt Nghị quyết 66 và 68, Tổng Bí thư gọi bốn nghị quyết 57, 59, 66, 68 là “Bộ tứ trụ cột”.',
    source: fourPillarsSource(),
  },
  {
    seedId: 'nq66-pillars-005',
    type: 'single',
    difficulty: 'medium',
    tags: [T.pillars],
    stem: 'Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được ban hành ngày nào?',
    options: [no('24/1/2025'), ok('22/12/2024'), no('30/4/2025'), no('4/5/2025')],
    explanation:
      'Nghị quyết 57-NQ/TW mang ngày 22/12/2024, là nghị quyết ra đời sớm nhất trong “Bộ tứ trụ cột”.',
    source: src(DOC.nq57, undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-006',
    type: 'single',
    difficulty: 'easy',
    tags: [T.pillars],
    stem: 'Nghị quyết 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị là về vấn đề gì?',
    options: [
      no('Phát triển kinh tế tư nhân'),
      no('Phát triển kinh tế nhà nước'),
      ok('Hội nhập quốc tế trong tình hình mới'),
      no('Phát triển văn hóa Việt Nam'),
    ],
    explanation: 'Nghị quyết 59-NQ/TW ngày 24/1/2025 bàn về hội nhập quốc tế trong tình hình mới.',
    source: src('Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị', undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-007',
    type: 'single',
    difficulty: 'easy',
    tags: [T.pillars],
    stem: 'Nghị quyết 68-NQ/TW của Bộ Chính trị là về vấn đề gì?',
    options: [
      no('Phát triển kinh tế nhà nước'),
      no('Hội nhập quốc tế trong tình hình mới'),
      no('Đổi mới công tác xây dựng và thi hành pháp luật'),
      ok('Phát triển kinh tế tư nhân'),
    ],
    explanation: 'Nghị quyết 68-NQ/TW ngày 4/5/2025 bàn về phát triển kinh tế tư nhân.',
    source: src('Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị', undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-008',
    type: 'single',
    difficulty: 'medium',
    tags: [T.pillars],
    stem: 'Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân được ban hành ngày nào?',
    options: [ok('4/5/2025'), no('30/4/2025'), no('24/1/2025'), no('18/5/2025')],
    explanation: 'Nghị quyết 68-NQ/TW mang ngày 4/5/2025, bốn ngày sau Nghị quyết 66-NQ/TW.',
    source: src('Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị', undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-009',
    type: 'single',
    difficulty: 'medium',
    tags: [T.pillars],
    stem: 'Xếp theo thời gian ban hành, Nghị quyết 66-NQ/TW đứng thứ mấy trong “Bộ tứ trụ cột”?',
    options: [no('Thứ nhất'), no('Thứ hai'), ok('Thứ ba'), no('Thứ tư')],
    explanation:
      'Thứ tự ban hành là Nghị quyết 57 (22/12/2024), 59 (24/1/2025), 66 (30/4/2025) và 68 (4/5/2025).',
    source: src('Báo Người Lao Động – bài tổng hợp các nghị quyết chiến lược của Bộ Chính trị', undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-010',
    type: 'single',
    difficulty: 'medium',
    tags: [T.pillars],
    stem: 'Nghị quyết 66-NQ/TW được ban hành trước Nghị quyết 68-NQ/TW bao nhiêu ngày?',
    options: [no('1 ngày'), ok('4 ngày'), no('14 ngày'), no('18 ngày')],
    explanation: 'Nghị quyết 66 mang ngày 30/4/2025, Nghị quyết 68 mang ngày 4/5/2025, cách nhau 4 ngày.',
    source: src('Báo Người Lao Động – bài tổng hợp các nghị quyết chiến lược của Bộ Chính trị', undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-011',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.pillars],
    stem: 'Nghị quyết 66-NQ/TW được ban hành sau Nghị quyết 68-NQ/TW.',
    options: trueFalse(false),
    explanation: 'Nghị quyết 66 (30/4/2025) ra đời trước Nghị quyết 68 (4/5/2025) bốn ngày.',
    source: src('Báo Người Lao Động – bài tổng hợp các nghị quyết chiến lược của Bộ Chính trị', undefined, URL.nldResolutions),
  },
  {
    seedId: 'nq66-pillars-012',
    type: 'true_false',
    difficulty: 'medium',
    tags: [T.pillars],
    stem: 'Yêu cầu bố trí ít nhất 3% tổng chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo là nội dung của Nghị quyết 66-NQ/TW.',
    options: trueFalse(false),
    explanation:
      'Mức ít nhất 3% tổng chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo gắn với Nghị quyết 57-NQ/TW, không phải Nghị quyết 66-NQ/TW.',
    source: src(DOC.nq57),
  },
  {
    seedId: 'nq66-pillars-013',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.pillars],
    stem: 'Những nghị quyết nào dưới đây KHÔNG thuộc “Bộ tứ trụ cột”? (chọn nhiều đáp án)',
    options: [
      ok('Nghị quyết 79-NQ/TW về phát triển kinh tế nhà nước'),
      no('Nghị quyết 59-NQ/TW về hội nhập quốc tế trong tình hình mới'),
      ok('Nghị quyết 80-NQ/TW về phát triển văn hóa Việt Nam'),
      no('Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'),
    ],
    explanation:
      'Nghị quyết 79 (6/1/2026) và 80 (7/1/2026) ra đời sau, không thuộc “Bộ tứ trụ cột” gồm 57, 59, 66 và 68.',
    source: src('Báo Dân trí – Hà Nội triển khai các nghị quyết chiến lược của Bộ Chính trị', undefined, URL.dantriHanoiResolutions),
  },
  {
    seedId: 'nq66-pillars-014',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.pillars],
    stem: 'Nghị quyết 66-NQ/TW là một trong bốn nghị quyết được Tổng Bí thư Tô Lâm gọi là “Bộ tứ trụ cột”.',
    options: trueFalse(true),
    explanation: '“Bộ tứ trụ cột” gồm Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị.',
    source: fourPillarsSource(),
  },
  {
    seedId: 'nq66-pillars-015',
    type: 'single',
    difficulty: 'easy',
    tags: [T.identity, T.pillars],
    stem: 'Hội nghị toàn quốc ngày 18/5/2025 quán triệt Nghị quyết 66-NQ/TW cùng với nghị quyết nào?',
    options: [
      no('Nghị quyết 57-NQ/TW'),
      no('Nghị quyết 59-NQ/TW'),
      ok('Nghị quyết 68-NQ/TW'),
      no('Nghị quyết 197/2025/QH15'),
    ],
    explanation:
      'Hội nghị ngày 18/5/2025 quán triệt đồng thời Nghị quyết 66-NQ/TW (pháp luật) và Nghị quyết 68-NQ/TW (kinh tế tư nhân).',
    source: src(DOC.conference, undefined, URL.quanlynhanuoc),
  },
]

const lawOnDocuments: SeedQuestion[] = [
  {
    seedId: 'nq66-law-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 có số hiệu là gì?',
    options: [no('87/2025/QH15'), ok('64/2025/QH15'), no('197/2025/QH15'), no('46/2025/QH15')],
    explanation:
      'Luật Ban hành văn bản quy phạm pháp luật năm 2025 là Luật số 64/2025/QH15; Luật số 87/2025/QH15 là luật sửa đổi, bổ sung luật này.',
    source: src(DOC.law64, 'Phần số hiệu văn bản', URL.law64Text),
  },
  {
    seedId: 'nq66-law-002',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được Quốc hội thông qua ngày nào?',
    options: [no('01/4/2025'), no('25/6/2025'), ok('19/02/2025'), no('30/4/2025')],
    explanation: 'Luật được thông qua ngày 19/02/2025 và có hiệu lực từ ngày 01/4/2025.',
    source: src(DOC.law64, 'Phần số hiệu, ngày thông qua', URL.law64Text),
  },
  {
    seedId: 'nq66-law-003',
    type: 'single',
    difficulty: 'easy',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 có hiệu lực thi hành từ ngày nào?',
    options: [no('19/02/2025'), no('01/7/2025'), no('01/01/2026'), ok('01/4/2025')],
    explanation: 'Luật có hiệu lực thi hành từ ngày 01/4/2025, sau khi được thông qua ngày 19/02/2025.',
    source: src(DOC.law64, 'Điều khoản hiệu lực thi hành', URL.law64Lsvn),
  },
  {
    seedId: 'nq66-law-004',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật số 64/2025/QH15 được thông qua tại kỳ họp nào của Quốc hội khóa XV?',
    options: [
      ok('Kỳ họp bất thường lần thứ 9'),
      no('Kỳ họp thứ 8'),
      no('Kỳ họp thứ 10'),
      no('Kỳ họp bất thường lần thứ 5'),
    ],
    explanation: 'Quốc hội khóa XV thông qua Luật tại Kỳ họp bất thường lần thứ 9, ngày 19/02/2025.',
    source: src(DOC.law64, undefined, URL.law64Tcvn),
  },
  {
    seedId: 'nq66-law-005',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 gồm bao nhiêu chương, điều?',
    options: [no('8 chương, 101 điều'), ok('9 chương, 72 điều'), no('17 chương, 173 điều'), no('12 chương, 72 điều')],
    explanation: 'Luật năm 2025 có 9 chương, 72 điều, ít hơn Luật năm 2015 tám chương và 101 điều.',
    source: src(DOC.law64, 'Bố cục của Luật', URL.law64Vneconomy),
  },
  {
    seedId: 'nq66-law-006',
    type: 'single',
    difficulty: 'hard',
    tags: [T.lawOnDocuments],
    stem: 'So với Luật năm 2015, Luật Ban hành văn bản quy phạm pháp luật năm 2025 giảm bao nhiêu chương, điều?',
    options: [
      no('Giảm 9 chương, 72 điều'),
      no('Giảm 5 chương, 101 điều'),
      ok('Giảm 8 chương, 101 điều'),
      no('Giảm 8 chương, 72 điều'),
    ],
    explanation: 'Luật năm 2025 gồm 9 chương, 72 điều, giảm 8 chương và 101 điều so với Luật năm 2015.',
    source: src(DOC.law64, 'Bố cục của Luật', URL.law64Tcvn),
  },
  {
    seedId: 'nq66-law-007',
    type: 'multiple',
    difficulty: 'hard',
    tags: [T.lawOnDocuments],
    stem: 'Khi được thông qua ngày 19/02/2025, Luật số 64/2025/QH15 có những điểm mới nào? (chọn nhiều đáp án)',
    options: [
      ok('Bỏ thẩm quyền ban hành văn bản quy phạm pháp luật của chính quyền cấp xã'),
      ok('Bổ sung hình thức nghị quyết do Chính phủ ban hành'),
      no('Tăng số chương, điều so với Luật năm 2015'),
      ok('Bổ sung hình thức lấy ý kiến là tham vấn chính sách'),
    ],
    explanation:
      'Bản Luật thông qua ngày 19/02/2025 bỏ thẩm quyền ban hành văn bản của cấp xã, bổ sung nghị quyết của Chính phủ và tham vấn chính sách, đồng thời giảm số chương, điều.',
    source: src(DOC.law64, 'Những điểm mới của Luật', URL.law64Lamdong),
  },
  {
    seedId: 'nq66-law-008',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 bổ sung hình thức lấy ý kiến nào?',
    options: [no('Trưng cầu ý dân'), no('Chất vấn'), no('Giám sát chuyên đề'), ok('Tham vấn chính sách')],
    explanation: 'Luật năm 2025 bổ sung hình thức lấy ý kiến mới là tham vấn chính sách.',
    source: src(DOC.law64, 'Những điểm mới của Luật', URL.law64Lamdong),
  },
  {
    seedId: 'nq66-law-009',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2025 có số hiệu là gì?',
    options: [ok('87/2025/QH15'), no('64/2025/QH15'), no('197/2025/QH15'), no('66/2025/QH15')],
    explanation: 'Luật số 87/2025/QH15 sửa đổi, bổ sung một số điều của Luật số 64/2025/QH15.',
    source: src(DOC.law87, undefined, URL.law87Text),
  },
  {
    seedId: 'nq66-law-010',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật số 87/2025/QH15 sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật có hiệu lực từ ngày nào?',
    options: [no('25/6/2025'), ok('01/7/2025'), no('01/4/2025'), no('01/01/2026')],
    explanation: 'Luật số 87/2025/QH15 được thông qua ngày 25/6/2025 và có hiệu lực từ ngày 01/7/2025.',
    source: src(DOC.law87, 'Điều khoản hiệu lực thi hành', URL.law87Notes),
  },
  {
    seedId: 'nq66-law-011',
    type: 'single',
    difficulty: 'hard',
    tags: [T.lawOnDocuments],
    stem: 'Luật số 87/2025/QH15 sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật được Quốc hội thông qua ngày nào?',
    options: [no('19/02/2025'), no('17/5/2025'), ok('25/6/2025'), no('01/7/2025')],
    explanation: 'Quốc hội thông qua Luật số 87/2025/QH15 ngày 25/6/2025; ngày 01/7/2025 là ngày Luật có hiệu lực.',
    source: src(DOC.law87, undefined, URL.law87Notes),
  },
  {
    seedId: 'nq66-law-012',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Ai là người ký Luật số 87/2025/QH15?',
    options: [
      no('Tổng Bí thư Tô Lâm'),
      no('Thủ tướng Chính phủ Phạm Minh Chính'),
      no('Bộ trưởng Bộ Tư pháp'),
      ok('Chủ tịch Quốc hội Trần Thanh Mẫn'),
    ],
    explanation: 'Luật số 87/2025/QH15 do Chủ tịch Quốc hội Trần Thanh Mẫn ký, ngày ban hành 25/6/2025.',
    source: src(DOC.law87, 'Phần ký ban hành', URL.law87Text),
  },
  {
    seedId: 'nq66-law-013',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 có hiệu lực thi hành từ ngày 01/4/2025.',
    options: trueFalse(true),
    explanation: 'Luật số 64/2025/QH15 có hiệu lực thi hành kể từ ngày 01/4/2025.',
    source: src(DOC.law64, 'Điều khoản hiệu lực thi hành', URL.law64Tcvn),
  },
  {
    seedId: 'nq66-law-014',
    type: 'true_false',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật số 64/2025/QH15 được Quốc hội thông qua sau ngày Bộ Chính trị ban hành Nghị quyết 66-NQ/TW.',
    options: trueFalse(false),
    explanation: 'Luật được thông qua ngày 19/02/2025, trước Nghị quyết 66-NQ/TW (30/4/2025) hơn hai tháng.',
    source: src(DOC.law64, 'Phần số hiệu, ngày thông qua', URL.law64Text),
  },
  {
    seedId: 'nq66-law-015',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 có nhiều chương, điều hơn Luật năm 2015.',
    options: trueFalse(false),
    explanation: 'Luật năm 2025 chỉ có 9 chương, 72 điều, giảm 8 chương và 101 điều so với Luật năm 2015.',
    source: src(DOC.law64, 'Bố cục của Luật', URL.law64Vneconomy),
  },
  {
    seedId: 'nq66-law-016',
    type: 'single',
    difficulty: 'hard',
    tags: [T.lawOnDocuments],
    stem: 'Văn bản nào sửa đổi Luật số 64/2025/QH15 và có hiệu lực đúng ngày chính quyền địa phương 2 cấp bắt đầu vận hành (01/7/2025)?',
    options: [
      ok('Luật số 87/2025/QH15'),
      no('Nghị quyết số 197/2025/QH15'),
      no('Nghị quyết số 66-NQ/TW'),
      no('Luật số 39/2024/QH15'),
    ],
    explanation:
      'Luật số 87/2025/QH15 sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật và có hiệu lực từ 01/7/2025, cùng ngày 126 xã, phường mới của Hà Nội đi vào hoạt động.',
    source: src(DOC.law87, 'Điều khoản hiệu lực thi hành', URL.law87Notes),
  },
  {
    seedId: 'nq66-law-017',
    type: 'single',
    difficulty: 'medium',
    tags: [T.lawOnDocuments],
    stem: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 bổ sung hình thức văn bản quy phạm pháp luật nào do Chính phủ ban hành?',
    options: [no('Chỉ thị'), ok('Nghị quyết'), no('Thông tư'), no('Công văn')],
    explanation:
      'Điểm mới của Luật là bổ sung nghị quyết vào các hình thức văn bản quy phạm pháp luật do Chính phủ ban hành.',
    source: src(DOC.law64, 'Những điểm mới của Luật', URL.law64Lamdong),
  },
]

const hanoiProgrammeQuestions: SeedQuestion[] = [
  {
    seedId: 'nq66-hanoi-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Ai đã ký ban hành Chương trình hành động của UBND TP Hà Nội thực hiện Nghị quyết 66-NQ/TW?',
    options: [
      no('Giám đốc Sở Tư pháp Hà Nội'),
      ok('Chủ tịch UBND Thành phố (khi đó) Trần Sỹ Thanh'),
      no('Chủ tịch HĐND Thành phố Hà Nội'),
      no('Chủ tịch Quốc hội Trần Thanh Mẫn'),
    ],
    explanation:
      'Chương trình hành động của Thành phố thực hiện Nghị quyết 66-NQ/TW do Chủ tịch UBND TP Hà Nội khi đó là Trần Sỹ Thanh ký ban hành.',
    source: hanoiProgramme('Phần ký ban hành', URL.mojHanoiProgramme),
  },
  {
    seedId: 'nq66-hanoi-002',
    type: 'single',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Chương trình hành động của UBND TP Hà Nội thực hiện Nghị quyết 66-NQ/TW xác định bao nhiêu nhiệm vụ chính?',
    options: [no('5 nhiệm vụ'), no('6 nhiệm vụ'), ok('7 nhiệm vụ'), no('8 nhiệm vụ')],
    explanation:
      'Chương trình yêu cầu các cơ quan chuyên môn, đơn vị thuộc UBND Thành phố và UBND xã, phường tập trung thực hiện 7 nhiệm vụ chính.',
    source: hanoiProgramme('Nhiệm vụ chủ yếu'),
  },
  {
    seedId: 'nq66-hanoi-003',
    type: 'single',
    difficulty: 'medium',
    tags: [T.hanoiProgramme],
    stem: 'Mục đích của Chương trình hành động của UBND TP Hà Nội thực hiện Nghị quyết 66-NQ/TW là gì?',
    options: [
      no('Thay thế Nghị quyết 66-NQ/TW trên địa bàn Thủ đô'),
      no('Sửa đổi Luật Thủ đô cho phù hợp với Nghị quyết 66-NQ/TW'),
      no('Quy định mức xử phạt vi phạm hành chính riêng cho Hà Nội'),
      ok('Xác định nhiệm vụ cụ thể để các sở, ban, ngành, UBND xã, phường lập kế hoạch, triển khai, kiểm tra, đánh giá việc thực hiện'),
    ],
    explanation:
      'Chương trình cụ thể hóa nhiệm vụ, giải pháp của Nghị quyết, xác định nhiệm vụ để các sở, ban, ngành, UBND xã, phường xây dựng kế hoạch, triển khai, kiểm tra, giám sát, đánh giá.',
    source: hanoiProgramme('Mục đích', URL.mojHanoiProgramme),
  },
  {
    seedId: 'nq66-hanoi-004',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.hanoiProgramme],
    stem: 'Theo Chương trình hành động của Hà Nội, những cơ quan nào phải xây dựng kế hoạch thực hiện Nghị quyết 66-NQ/TW? (chọn nhiều đáp án)',
    options: [
      ok('Các sở, ban, ngành của Thành phố'),
      no('Tòa án nhân dân Thành phố'),
      ok('UBND các xã, phường'),
      no('Các cơ quan báo chí Trung ương'),
    ],
    explanation: 'Chương trình giao các sở, ban, ngành và UBND xã, phường xây dựng kế hoạch, tổ chức triển khai thực hiện.',
    source: hanoiProgramme('Mục đích', URL.mojHanoiProgramme),
  },
  {
    seedId: 'nq66-hanoi-005',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Chương trình hành động của Hà Nội yêu cầu thường xuyên kiểm tra, giám sát, đánh giá việc thực hiện Nghị quyết 66-NQ/TW để phát hiện khó khăn, vướng mắc và đề xuất giải pháp.',
    options: trueFalse(true),
    explanation:
      'Chương trình yêu cầu các cấp, ngành thường xuyên kiểm tra, giám sát, đánh giá việc thực hiện để phát hiện vướng mắc và đề xuất cách khắc phục.',
    source: hanoiProgramme('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-hanoi-006',
    type: 'single',
    difficulty: 'medium',
    tags: [T.hanoiProgramme],
    stem: 'Chương trình hành động của Hà Nội góp phần xây dựng hệ thống pháp luật có những đặc điểm nào?',
    options: [
      ok('Dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch và khả thi'),
      no('Chất lượng cao, hiện đại, tiệm cận chuẩn mực quốc tế'),
      no('Chi tiết, cố định, ít thay đổi'),
      no('Tinh gọn, hiệu lực, hiệu quả'),
    ],
    explanation:
      'Chương trình nhắc lại mục tiêu 2030 của Nghị quyết: hệ thống pháp luật dân chủ, công bằng, đồng bộ, thống nhất, công khai, minh bạch và khả thi.',
    source: hanoiProgramme('Mục đích'),
  },
  {
    seedId: 'nq66-hanoi-007',
    type: 'single',
    difficulty: 'medium',
    tags: [T.hanoiProgramme],
    stem: 'Từ ngày 1/7/2025, Thành phố Hà Nội có bao nhiêu đơn vị hành chính cấp xã (xã, phường)?',
    options: [no('30'), ok('126'), no('135'), no('162')],
    explanation:
      'Từ 1/7/2025, chính quyền 30 quận, huyện kết thúc hoạt động và 126 xã, phường mới của Hà Nội đi vào hoạt động.',
    source: src('Thông tấn xã Việt Nam – tin ngày đầu vận hành chính quyền 2 cấp tại Hà Nội', undefined, URL.hanoiTwoLevel),
  },
  {
    seedId: 'nq66-hanoi-008',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Từ ngày 1/7/2025, chính quyền 30 quận, huyện của Hà Nội kết thúc hoạt động; 126 xã, phường mới đi vào hoạt động.',
    options: trueFalse(true),
    explanation: 'Ngày 1/7/2025, Hà Nội bắt đầu vận hành chính quyền 2 cấp với 126 xã, phường thay cho 30 quận, huyện.',
    source: src('Thông tấn xã Việt Nam – tin ngày đầu vận hành chính quyền 2 cấp tại Hà Nội', undefined, URL.hanoiTwoLevel),
  },
  {
    seedId: 'nq66-hanoi-009',
    type: 'single',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Chương trình hành động của Hà Nội yêu cầu các cấp, ngành gắn kết chặt chẽ giữa hai công tác nào?',
    options: [
      no('Tuyển dụng và đào tạo cán bộ'),
      no('Thu và chi ngân sách'),
      ok('Xây dựng và thi hành pháp luật'),
      no('Quy hoạch và xây dựng đô thị'),
    ],
    explanation: 'Chương trình yêu cầu các cấp, ngành gắn kết chặt chẽ giữa xây dựng và thi hành pháp luật.',
    source: hanoiProgramme('Nhiệm vụ chủ yếu'),
  },
  {
    seedId: 'nq66-hanoi-010',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Theo Chương trình hành động, chỉ Sở Tư pháp Hà Nội thực hiện Nghị quyết 66-NQ/TW; UBND xã, phường không phải xây dựng kế hoạch.',
    options: trueFalse(false),
    explanation:
      'Chương trình giao nhiệm vụ cho các cơ quan chuyên môn, đơn vị thuộc UBND Thành phố và cả UBND xã, phường xây dựng kế hoạch, triển khai thực hiện.',
    source: hanoiProgramme('Mục đích', URL.mojHanoiProgramme),
  },
  {
    seedId: 'nq66-hanoi-011',
    type: 'single',
    difficulty: 'medium',
    tags: [T.hanoiProgramme],
    stem: 'Để thực hiện hiệu quả Chương trình hành động, UBND TP Hà Nội yêu cầu thủ trưởng các cơ quan chuyên môn và UBND xã, phường làm gì?',
    options: [
      no('Chờ hướng dẫn chi tiết của Trung ương rồi mới triển khai'),
      no('Giao toàn bộ cho bộ phận pháp chế'),
      no('Chỉ báo cáo kết quả vào cuối nhiệm kỳ'),
      ok('Tăng cường lãnh đạo, chỉ đạo và phối hợp chặt chẽ'),
    ],
    explanation:
      'UBND Thành phố yêu cầu thủ trưởng các cơ quan, đơn vị và UBND xã, phường tăng cường lãnh đạo, chỉ đạo và phối hợp chặt chẽ khi triển khai nhiệm vụ.',
    source: hanoiProgramme('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-hanoi-012',
    type: 'single',
    difficulty: 'easy',
    tags: [T.hanoiProgramme],
    stem: 'Chương trình hành động thực hiện Nghị quyết 66-NQ/TW của Hà Nội do cơ quan nào ban hành?',
    options: [
      ok('UBND Thành phố Hà Nội'),
      no('HĐND Thành phố Hà Nội'),
      no('Sở Tư pháp Hà Nội'),
      no('Bộ Tư pháp'),
    ],
    explanation: 'Đây là Chương trình hành động của UBND Thành phố Hà Nội, do Chủ tịch UBND Thành phố ký ban hành.',
    source: hanoiProgramme('Phần ký ban hành', URL.mojHanoiProgramme),
  },
]

const dissemination: SeedQuestion[] = [
  {
    seedId: 'nq66-dissemination-001',
    type: 'single',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch tuyên truyền, phổ biến Nghị quyết 66-NQ/TW của UBND TP Hà Nội, cuộc thi tìm hiểu pháp luật có vai trò gì?',
    options: [
      no('Là hình thức bắt buộc với mọi công dân'),
      ok('Là một trong các hình thức tuyên truyền, phổ biến nội dung Nghị quyết'),
      no('Là hình thức duy nhất được sử dụng'),
      no('Chỉ dành cho học sinh, sinh viên'),
    ],
    explanation:
      'Kế hoạch nêu cuộc thi tìm hiểu pháp luật bên cạnh tin, bài, phóng sự, hội thảo, tọa đàm, sinh hoạt chuyên đề, tài liệu, diễn đàn.',
    source: hanoiPlan('Hình thức tuyên truyền'),
  },
  {
    seedId: 'nq66-dissemination-002',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.dissemination],
    stem: 'Những hình thức tuyên truyền nào được Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của Hà Nội nêu tên? (chọn nhiều đáp án)',
    options: [
      ok('Hội thảo, tọa đàm'),
      no('Trưng cầu ý dân'),
      ok('Sinh hoạt chuyên đề'),
      ok('Phóng sự'),
      no('Thanh tra đột xuất'),
    ],
    explanation:
      'Kế hoạch nêu các hình thức tin, bài, phóng sự, hội thảo, tọa đàm, sinh hoạt chuyên đề, cuộc thi tìm hiểu pháp luật, tài liệu phát hành, diễn đàn.',
    source: hanoiPlan('Hình thức tuyên truyền'),
  },
  {
    seedId: 'nq66-dissemination-003',
    type: 'single',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Kế hoạch tuyên truyền, phổ biến Nghị quyết 66-NQ/TW đăng trên Cổng thông tin điện tử Hà Nội là kế hoạch của cơ quan nào?',
    options: [
      no('Ban Tuyên giáo Trung ương'),
      no('HĐND Thành phố Hà Nội'),
      ok('UBND Thành phố Hà Nội'),
      no('Bộ Tư pháp'),
    ],
    explanation:
      'Kế hoạch được đăng trong mục chỉ đạo của UBND Thành phố Hà Nội; UBND Thành phố giao các sở, ngành và UBND cấp xã tổ chức thực hiện.',
    source: hanoiPlan('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-dissemination-004',
    type: 'single',
    difficulty: 'hard',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch tuyên truyền của Hà Nội, nhóm nội dung thứ tư cần tuyên truyền là gì?',
    options: [
      no('05 quan điểm chỉ đạo, mục tiêu đến năm 2030, tầm nhìn đến năm 2045'),
      no('Kiểm tra, giám sát thực hiện Kế hoạch tuyên truyền'),
      no('Tổng kết, sơ kết và khen thưởng'),
      ok('07 nhiệm vụ, giải pháp chủ yếu để triển khai Nghị quyết 66-NQ/TW'),
    ],
    explanation:
      'Nội dung thứ tư là 07 nhiệm vụ, giải pháp chủ yếu; quan điểm, mục tiêu, tầm nhìn là nội dung thứ ba, còn kiểm tra và khen thưởng là nội dung thứ năm, thứ sáu.',
    source: hanoiPlan('Nội dung tuyên truyền, mục 4'),
  },
  {
    seedId: 'nq66-dissemination-005',
    type: 'single',
    difficulty: 'hard',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch tuyên truyền của UBND TP Hà Nội, cần tuyên truyền, quán triệt bao nhiêu quan điểm chỉ đạo của Nghị quyết 66-NQ/TW?',
    options: [ok('05 quan điểm'), no('04 quan điểm'), no('06 quan điểm'), no('07 quan điểm')],
    explanation:
      'Nội dung thứ ba của Kế hoạch là tuyên truyền, quán triệt 05 quan điểm chỉ đạo, mục tiêu đến năm 2030 và tầm nhìn đến năm 2045; con số 07 là số nhiệm vụ, giải pháp.',
    source: hanoiPlan('Nội dung tuyên truyền, mục 3'),
  },
  {
    seedId: 'nq66-dissemination-006',
    type: 'single',
    difficulty: 'hard',
    tags: [T.dissemination],
    stem: 'Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của Hà Nội nêu bao nhiêu nhóm nội dung tuyên truyền?',
    options: [no('4 nhóm'), ok('6 nhóm'), no('5 nhóm'), no('7 nhóm')],
    explanation:
      'Kế hoạch có 6 nhóm nội dung: ban hành kế hoạch; kết quả và định hướng lớn; quan điểm, mục tiêu, tầm nhìn; 07 nhiệm vụ, giải pháp; kiểm tra, giám sát; tổng kết, khen thưởng.',
    source: hanoiPlan('Nội dung tuyên truyền'),
  },
  {
    seedId: 'nq66-dissemination-007',
    type: 'single',
    difficulty: 'medium',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch, UBND cấp xã chỉ đạo hệ thống nào tổ chức tuyên truyền rộng rãi Nghị quyết 66-NQ/TW trong cộng đồng?',
    options: [
      no('Hệ thống tòa án nhân dân'),
      no('Mạng lưới bưu chính'),
      ok('Hệ thống thông tin cơ sở'),
      no('Hệ thống cơ sở giáo dục đại học'),
    ],
    explanation: 'Kế hoạch giao UBND cấp xã chỉ đạo hệ thống thông tin cơ sở tuyên truyền rộng rãi trong cộng đồng.',
    source: hanoiPlan('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-dissemination-008',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của Hà Nội yêu cầu huy động cả hệ thống chính trị vào cuộc.',
    options: trueFalse(true),
    explanation:
      'UBND Thành phố yêu cầu huy động cả hệ thống chính trị và sự phối hợp chặt chẽ, thường xuyên của các cấp, cơ quan, tổ chức, cá nhân trên địa bàn.',
    source: hanoiPlan('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-dissemination-009',
    type: 'single',
    difficulty: 'medium',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch, thông tin về kết quả triển khai Nghị quyết 66-NQ/TW của mỗi cơ quan, đơn vị, địa phương được đăng tải ở đâu?',
    options: [
      no('Chỉ trên báo in của Thành phố'),
      no('Chỉ trên bảng tin tại trụ sở'),
      no('Trên trang mạng xã hội cá nhân của cán bộ'),
      ok('Trên Cổng/Trang thông tin điện tử của cơ quan, đơn vị, địa phương'),
    ],
    explanation:
      'Kế hoạch yêu cầu thông tin đầy đủ, kịp thời về kết quả triển khai trên Cổng/Trang thông tin điện tử của cơ quan, đơn vị, địa phương.',
    source: hanoiPlan('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-dissemination-010',
    type: 'multiple',
    difficulty: 'medium',
    tags: [T.dissemination],
    stem: 'Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của Hà Nội hướng tới những đối tượng nào? (chọn nhiều đáp án)',
    options: [
      ok('Đảng viên, cán bộ, công chức, viên chức'),
      ok('Học sinh, sinh viên'),
      no('Chỉ những người làm công tác pháp chế'),
      ok('Doanh nghiệp và Nhân dân trên địa bàn Thành phố'),
    ],
    explanation:
      'Kế hoạch nhằm nâng cao nhận thức của đảng viên, cán bộ, công chức, viên chức, người lao động, lực lượng vũ trang, học sinh, sinh viên, doanh nghiệp và Nhân dân trên địa bàn.',
    source: hanoiPlan('Mục đích'),
  },
  {
    seedId: 'nq66-dissemination-011',
    type: 'single',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch, nội dung các nhiệm vụ tuyên truyền Nghị quyết 66-NQ/TW phải bảo đảm yêu cầu gì?',
    options: [
      ok('Có trọng tâm, trọng điểm, phù hợp với đối tượng'),
      no('Giống nhau cho mọi đối tượng'),
      no('Chỉ tập trung vào số liệu thống kê'),
      no('Dàn trải đều cho tất cả nội dung'),
    ],
    explanation: 'Kế hoạch yêu cầu nội dung tuyên truyền có trọng tâm, trọng điểm, phù hợp với từng đối tượng.',
    source: hanoiPlan('Tổ chức thực hiện'),
  },
  {
    seedId: 'nq66-dissemination-012',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của Hà Nội có nội dung tổng kết, sơ kết và khen thưởng tập thể, cá nhân có thành tích xuất sắc.',
    options: trueFalse(true),
    explanation:
      'Nội dung thứ sáu của Kế hoạch là tổ chức tổng kết, sơ kết và khen thưởng tập thể, cá nhân có thành tích xuất sắc trong triển khai Kế hoạch.',
    source: hanoiPlan('Nội dung tuyên truyền, mục 6'),
  },
  {
    seedId: 'nq66-dissemination-013',
    type: 'true_false',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Theo Kế hoạch của Hà Nội, các nội dung tuyên truyền Nghị quyết 66-NQ/TW chỉ thực hiện một đợt rồi kết thúc.',
    options: trueFalse(false),
    explanation: 'Kế hoạch yêu cầu các nội dung tuyên truyền được thực hiện thường xuyên, không phải chỉ một đợt.',
    source: hanoiPlan('Hình thức tuyên truyền'),
  },
  {
    seedId: 'nq66-dissemination-014',
    type: 'single',
    difficulty: 'hard',
    tags: [T.dissemination],
    stem: 'Kế hoạch tuyên truyền của Hà Nội góp phần bảo đảm cơ sở pháp lý cho hoạt động như thế nào của các cơ quan sau sắp xếp bộ máy?',
    options: [
      no('Độc lập, tự chủ hoàn toàn'),
      ok('Bình thường, liên tục, thông suốt'),
      no('Thí điểm, có thời hạn'),
      no('Tạm thời, chờ hướng dẫn'),
    ],
    explanation:
      'Kế hoạch hướng tới bảo đảm cơ sở pháp lý cho hoạt động bình thường, liên tục, thông suốt của các cơ quan sau sắp xếp bộ máy, tháo gỡ vướng mắc thực tiễn.',
    source: hanoiPlan('Mục đích'),
  },
  {
    seedId: 'nq66-dissemination-015',
    type: 'single',
    difficulty: 'easy',
    tags: [T.dissemination],
    stem: 'Ngoài nâng cao nhận thức, Kế hoạch tuyên truyền Nghị quyết 66-NQ/TW của Hà Nội hướng tới chuyển nhận thức thành gì?',
    options: [
      no('Các bài thu hoạch cá nhân'),
      no('Báo cáo thống kê định kỳ'),
      ok('Hành động cụ thể để thực hiện hiệu quả Nghị quyết 66-NQ/TW'),
      no('Quy chế nội bộ của từng cơ quan'),
    ],
    explanation:
      'Kế hoạch nhằm thống nhất tư tưởng và hành động, chuyển nhận thức thành hành động cụ thể để thực hiện hiệu quả Nghị quyết 66-NQ/TW.',
    source: hanoiPlan('Mục đích'),
  },
]

const PREDICTION_EXPLANATION =
  'Câu hỏi phụ dùng để phân định thứ hạng: khi nhiều người có cùng số câu trả lời đúng, người dự đoán gần nhất với con số thực tế được xếp trên.'
const predictionSource = src(
  'Thể lệ cuộc thi trực tuyến tìm hiểu Nghị quyết 66-NQ/TW',
  'Câu hỏi dự đoán (câu hỏi phụ) dùng để xếp hạng',
)

const predictions: SeedQuestion[] = [
  {
    seedId: 'nq66-prediction-001',
    type: 'prediction',
    difficulty: 'medium',
    tags: [PREDICTION_TAG],
    stem: 'Dự đoán: có bao nhiêu người tham gia trả lời đúng tất cả các câu hỏi của tuần thi này?',
    options: [],
    explanation: PREDICTION_EXPLANATION,
    source: predictionSource,
  },
  {
    seedId: 'nq66-prediction-002',
    type: 'prediction',
    difficulty: 'medium',
    tags: [PREDICTION_TAG],
    stem: 'Dự đoán: tuần thi này có tổng cộng bao nhiêu lượt dự thi?',
    options: [],
    explanation: PREDICTION_EXPLANATION,
    source: predictionSource,
  },
  {
    seedId: 'nq66-prediction-003',
    type: 'prediction',
    difficulty: 'medium',
    tags: [PREDICTION_TAG],
    stem: 'Dự đoán: có bao nhiêu người tham gia dự thi trong tuần thi này?',
    options: [],
    explanation: PREDICTION_EXPLANATION,
    source: predictionSource,
  },
  {
    seedId: 'nq66-prediction-004',
    type: 'prediction',
    difficulty: 'medium',
    tags: [PREDICTION_TAG],
    stem: 'Dự đoán: có bao nhiêu người tham gia trả lời đúng tất cả các câu hỏi của đợt thi này?',
    options: [],
    explanation: PREDICTION_EXPLANATION,
    source: predictionSource,
  },
]

export const RESOLUTION_66_BANK: { name: string; description: string; questions: SeedQuestion[] } = {
  name: 'Ngân hàng câu hỏi Nghị quyết 66-NQ/TW',
  description:
    'Câu hỏi tìm hiểu Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới, các văn bản liên quan và văn bản triển khai của Thành phố Hà Nội.',
  questions: [
    ...identity,
    ...viewpoints,
    ...targets,
    ...vision,
    ...tasks,
    ...digital,
    ...pillars,
    ...lawOnDocuments,
    ...hanoiProgrammeQuestions,
    ...dissemination,
    ...predictions,
  ],
}
