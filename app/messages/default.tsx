// Nothing for `children` when a hard load cannot recover the slot's state (Next's parallel-routes rule).
export default function Default() {
  return null;
}
