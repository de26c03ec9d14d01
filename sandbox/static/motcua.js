// Dialogs of the officer's dossier page: a button opens the dialog it controls; "Hủy" closes it unsent.
document.querySelectorAll('button[aria-haspopup="dialog"]').forEach((button) => {
  button.addEventListener("click", () => document.getElementById(button.getAttribute("aria-controls")).showModal());
});
document.querySelectorAll("dialog [data-dong-hop-thoai]").forEach((button) => {
  button.addEventListener("click", () => button.closest("dialog").close());
});
// A dialog the server sent back open (its reason was missing) is shown as the modal it was.
document.querySelectorAll("dialog[open]").forEach((dialog) => {
  dialog.close();
  dialog.showModal();
});
