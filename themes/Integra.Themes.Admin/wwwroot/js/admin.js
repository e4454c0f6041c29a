// Admin behaviours, kept out of the markup so the Content-Security-Policy can forbid inline script.
document.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.hasAttribute('data-autosubmit')) {
    target.form?.submit();
  }
});

// Buttons with data-confirm ask before their form is sent.
document.addEventListener('submit', (event) => {
  const submitter = event.submitter;
  const message = submitter?.getAttribute('data-confirm') ?? event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
