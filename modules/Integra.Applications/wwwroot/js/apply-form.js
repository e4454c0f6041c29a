// The application form: questions shown or hidden by their conditions as the applicant answers, answers saved
// in the background (the server never checks "required" on a save), and a printable receipt.
(function () {
    'use strict';

    function valuesOf(form, key) {
        var values = [];
        form.querySelectorAll('[name="a.' + CSS.escape(key) + '"]').forEach(function (input) {
            if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) {
                return;
            }
            if (input.value) {
                values.push(input.value);
            }
        });
        return values;
    }

    function hasInputs(form, key) {
        return form.querySelector('[name="a.' + CSS.escape(key) + '"]') !== null;
    }

    function applyConditions(form) {
        form.querySelectorAll('[data-when]').forEach(function (field) {
            var key = field.getAttribute('data-when');
            if (!key || !hasInputs(form, key)) {
                return;
            }
            var wanted = (field.getAttribute('data-when-values') || '').split('|');
            var visible = valuesOf(form, key).some(function (v) { return wanted.indexOf(v) >= 0; });
            field.hidden = !visible;
        });
    }

    function autosave(form) {
        var url = form.getAttribute('data-autosave');
        if (!url) {
            return;
        }
        var status = form.querySelector('.apply-save-status');
        var revision = form.querySelector('input[name="revision"]');
        var dirty = false;
        var saving = null;
        var stopped = false;
        var timer = null;

        function say(text) {
            if (status) {
                status.textContent = text;
            }
        }

        function save() {
            if (!dirty || stopped || saving) {
                return saving || Promise.resolve();
            }
            dirty = false;
            var data = new FormData(form);
            Array.from(data.keys()).forEach(function (key) {
                if (data.getAll(key).some(function (v) { return v instanceof File; })) {
                    data.delete(key);
                }
            });
            data.delete('go');
            say(form.getAttribute('data-saving-text'));
            saving = fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) {
                    return response.json().catch(function () { return {}; }).then(function (body) {
                        if (response.ok) {
                            revision.value = body.revision;
                            say(body.message || '');
                        } else if (response.status === 409) {
                            stopped = true;
                            say(body.message || '');
                        } else {
                            dirty = true;
                            say(form.getAttribute('data-failed-text'));
                        }
                    });
                })
                .catch(function () {
                    dirty = true;
                    say(form.getAttribute('data-failed-text'));
                })
                .finally(function () { saving = null; });
            return saving;
        }

        function changed() {
            dirty = true;
            clearTimeout(timer);
            timer = setTimeout(save, 2000);
        }

        form.addEventListener('input', function (e) {
            if (e.target.type !== 'file') {
                changed();
            }
        });
        form.addEventListener('change', function (e) {
            if (e.target.type !== 'file') {
                changed();
            }
        });
        setInterval(save, 30000);

        // A page post must carry the revision the last background save produced.
        form.addEventListener('submit', function (e) {
            clearTimeout(timer);
            stopped = true;
            if (saving) {
                e.preventDefault();
                var submitter = e.submitter;
                saving.then(function () { form.requestSubmit(submitter); });
            }
        });
    }

    document.querySelectorAll('form.apply-form').forEach(function (form) {
        applyConditions(form);
        form.addEventListener('change', function () { applyConditions(form); });
        autosave(form);
    });

    // A double click sends one submission; the idempotency key makes a second harmless anyway.
    document.querySelectorAll('button[data-once]').forEach(function (button) {
        button.form.addEventListener('submit', function () {
            setTimeout(function () { button.disabled = true; }, 0);
        });
    });

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
}());
