// Navigating to /messages (a search) closes any message open over it; without this the slot keeps it.
export default function ModalClosed() {
  return null;
}
