// Turns every textarea marked data-rich-text into a Quill editor. The textarea stays the form field, so the
// form still works without JavaScript; its value is refreshed from the editor on every change.
(function () {
    'use strict';
    if (typeof window.Quill !== 'function') {
        return;
    }

    document.querySelectorAll('textarea[data-rich-text]').forEach(function (textarea) {
        var host = document.createElement('div');
        textarea.insertAdjacentElement('afterend', host);
        var quill = new window.Quill(host, {
            theme: 'snow',
            modules: {
                toolbar: [
                    [{ header: [2, 3, 4, false] }],
                    ['bold', 'italic', 'underline', 'link'],
                    [{ list: 'ordered' }, { list: 'bullet' }],
                    ['blockquote', 'clean']
                ]
            }
        });
        quill.clipboard.dangerouslyPasteHTML(textarea.value);
        quill.root.setAttribute('aria-label', (textarea.labels && textarea.labels[0] ? textarea.labels[0].textContent : ''));
        quill.root.setAttribute('role', 'textbox');
        quill.root.setAttribute('aria-multiline', 'true');
        // Quill's style picker is a span with the button role and no text: name it, or a screen reader announces nothing.
        quill.getModule('toolbar').container.querySelectorAll('.ql-picker-label').forEach(function (picker) {
            picker.setAttribute('aria-label', textarea.dataset.styleLabel || '');
        });
        textarea.hidden = true;
        // Quill 2.0.3 writes every typed space as &nbsp; (slab/quill#4509), so published text would never wrap.
        // A non-breaking space the editor really typed stays: Quill leaves U+00A0 as a character, not an entity.
        var sync = function () {
            textarea.value = quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, ' ') : '';
        };
        quill.on('text-change', sync);
        if (textarea.form) {
            textarea.form.addEventListener('submit', sync);
        }
    });
}());
