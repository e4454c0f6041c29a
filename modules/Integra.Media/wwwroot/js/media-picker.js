// The media picker, kept out of the markup so the Content-Security-Policy can forbid inline script.
// On an editor page: <a href="/admin/media/picker?target=ImagePath" data-media-picker> opens the picker in a
// small window. In the picker: "Choose" writes the file's path into that input of the opener and closes.
(() => {
  const picker = document.querySelector('[data-media-target]');
  const targetId = picker?.getAttribute('data-media-target');
  const opener = window.opener && !window.opener.closed ? window.opener : null;
  const target = () => (opener && targetId ? opener.document.getElementById(targetId) : null);

  if (picker && target()) {
    document.querySelectorAll('[data-media-choose]').forEach((button) => { button.hidden = false; });
    document.querySelector('[data-media-picker-help]')?.setAttribute('hidden', '');
  }

  document.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const link = element?.closest('a[data-media-picker]');
    if (link) {
      const popup = window.open(link.href, 'integra-media-picker', 'width=1000,height=760');
      if (popup) {
        event.preventDefault();
        popup.focus();
      }
      return;
    }

    const choice = element?.closest('[data-media-choose]');
    const input = choice ? target() : null;
    if (choice && input) {
      input.value = choice.getAttribute('data-media-choose');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.focus();
      window.close();
    }
  });
})();
