import type { GamePhase } from './game-state'

/**
 * Every refusal of the live core has a stable code (for the client and for
 * tests) and a Vietnamese message (shown to the player or host as it is).
 */

export const LIVE_ERROR_MESSAGES = {
  invalid_game: 'Dữ liệu tạo trò chơi không hợp lệ.',
  not_host: 'Chỉ người điều khiển trò chơi mới thực hiện được thao tác này.',
  stale_command: 'Màn hình điều khiển chưa cập nhật trạng thái mới nhất, hãy thử lại.',
  wrong_phase: 'Không thể thực hiện thao tác này ở giai đoạn hiện tại của trò chơi.',
  no_players: 'Chưa có người chơi nào tham gia.',
  time_over: 'Câu hỏi đã hết giờ.',
  already_voided: 'Câu hỏi này đã bị hủy.',
  lobby_not_open: 'Phòng chờ chưa mở, vui lòng đợi người điều khiển.',
  lobby_locked: 'Phòng chơi đã khóa, không nhận thêm người chơi.',
  game_ended: 'Trò chơi đã kết thúc.',
  game_full: 'Phòng chơi đã đủ số người.',
  nickname_taken: 'Biệt danh này đã có người dùng, hãy chọn biệt danh khác.',
  nickname_too_short: 'Biệt danh phải có ít nhất 2 ký tự.',
  nickname_too_long: 'Biệt danh chỉ được tối đa 20 ký tự.',
  nickname_invalid_chars: 'Biệt danh chứa ký tự không hợp lệ.',
  nickname_profane: 'Biệt danh chứa từ ngữ không phù hợp, hãy chọn biệt danh khác.',
  identity_kicked: 'Bạn đã bị mời ra khỏi trò chơi này nên không thể tham gia lại.',
  unit_required: 'Trò chơi thi đấu theo đơn vị: hãy chọn đơn vị của bạn.',
  unknown_player: 'Không tìm thấy người chơi trong trò chơi này.',
  player_kicked: 'Người chơi đã bị mời ra khỏi trò chơi.',
  rejoin_wrong_game: 'Mã vào lại không thuộc trò chơi này.',
  not_accepting_answers: 'Hiện không nhận câu trả lời.',
  wrong_question: 'Câu trả lời không thuộc câu hỏi đang mở.',
  question_paused: 'Câu hỏi đang tạm dừng, chưa nhận câu trả lời.',
  too_late: 'Đã hết thời gian trả lời câu hỏi này.',
  already_answered: 'Bạn đã trả lời câu hỏi này rồi.',
  no_option: 'Hãy chọn ít nhất một phương án.',
  duplicate_option: 'Một phương án được chọn hai lần.',
  invalid_option: 'Phương án được chọn không thuộc câu hỏi này.',
  single_choice_only: 'Câu hỏi này chỉ được chọn một phương án.',
} as const

export type LiveErrorCode = keyof typeof LIVE_ERROR_MESSAGES

export interface LiveError {
  code: LiveErrorCode
  message: string
}

export function liveError(code: LiveErrorCode, message: string = LIVE_ERROR_MESSAGES[code]): LiveError {
  return { code, message }
}

export const PHASE_LABELS_VI: Record<GamePhase, string> = {
  created: 'chưa mở phòng',
  lobby: 'phòng chờ',
  question: 'đang trả lời câu hỏi',
  paused: 'tạm dừng',
  reveal: 'công bố đáp án',
  leaderboard: 'bảng xếp hạng',
  ended: 'đã kết thúc',
}

export function wrongPhase(phase: GamePhase): LiveError {
  return liveError('wrong_phase', `Không thể thực hiện thao tác này khi trò chơi ${PHASE_LABELS_VI[phase]}.`)
}
