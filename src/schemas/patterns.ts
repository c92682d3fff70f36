/** Named regular expressions shared by field definitions, each with the Chinese message editors see when it fails. */

/** A regular expression with the Chinese message editors see when a value does not match. */
export interface Pattern {
  regex: RegExp;
  message: string;
}

export const patterns = {
  slug: {
    regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    message: '只能用小写英文字母、数字和连字符（例如 2026-luntan 或 anji-xian），不能用汉字或空格',
  },
  email: {
    regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    message: '请填写有效的电子邮箱，例如 name@example.com',
  },
  phone: {
    regex: /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/,
    message: '请填写 11 位手机号，或带区号的固定电话（例如 010-67410624）',
  },
  url: {
    regex: /^https?:\/\/[^\s]+$/,
    message: '请填写以 http:// 或 https:// 开头的完整网址',
  },
  sitePath: {
    regex: /^\/[^\s]*$/,
    message: '请填写以 / 开头的站内路径，例如 /uploads/file.pdf',
  },
} as const satisfies Record<string, Pattern>;
