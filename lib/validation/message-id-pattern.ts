// A message id as the API takes one: an investigate id (`4Njp3P0STMz2c02Q-2024-01-05T10:00:00-12345678`)
// or a bare postfix id, of letters, digits and . _ : + = @ -, at most 200 characters. Every layer that
// reads ids checks them with this one pattern.

export const MESSAGE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:+=@-]{0,199}$/;
