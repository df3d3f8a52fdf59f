// No message open over the results.
export default function ModalDefault() {
  return null;
}
