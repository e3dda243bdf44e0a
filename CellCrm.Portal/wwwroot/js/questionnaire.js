// 健康调查: "有" shows its detail field, the exclusive option ("以上情况均无") clears the others, the answers and the
// handwritten signature are checked before posting (the server checks everything again), and the form is sent once.
(function () {
    'use strict';
    var form = document.getElementById('questionnaire-form');
    if (!form) { return; }
    var canvas = document.getElementById('signature-pad');
    var data = document.getElementById('signature-data');
    var submit = document.getElementById('questionnaire-submit');
    var pad = new SignaturePad(canvas, { minWidth: 1, maxWidth: 3, penColor: '#111' });

    function resize() {
        var kept = pad.isEmpty() ? null : pad.toDataURL('image/png');
        var ratio = Math.max(window.devicePixelRatio || 1, 1);
        canvas.width = canvas.offsetWidth * ratio;
        canvas.height = canvas.offsetHeight * ratio;
        canvas.getContext('2d').scale(ratio, ratio);
        pad.clear();
        var again = kept || data.value;
        if (again) {
            pad.fromDataURL(again, { ratio: ratio, width: canvas.offsetWidth, height: canvas.offsetHeight });
        }
    }
    window.addEventListener('resize', resize);
    resize();

    pad.addEventListener('endStroke', function () { document.getElementById('err-signature').textContent = ''; });

    document.getElementById('signature-clear').addEventListener('click', function () {
        pad.clear();
        data.value = '';
    });

    form.querySelectorAll('.questionnaire-question').forEach(function (block) {
        var detail = block.querySelector('.questionnaire-detail');
        if (detail) {
            block.querySelectorAll('input[type=radio]').forEach(function (radio) {
                radio.addEventListener('change', function () { detail.hidden = !(radio.value === 'true' && radio.checked); });
            });
        }
        var exclusive = block.dataset.exclusive;
        if (exclusive) {
            var boxes = block.querySelectorAll('input[type=checkbox]');
            boxes.forEach(function (box) {
                box.addEventListener('change', function () {
                    if (!box.checked) { return; }
                    boxes.forEach(function (other) {
                        if (other !== box && (box.value === exclusive || other.value === exclusive)) { other.checked = false; }
                    });
                });
            });
        }
    });

    function problemOf(block) {
        var required = block.dataset.required === 'true';
        switch (block.dataset.type) {
            case 'YesNo': {
                var chosen = block.querySelector('input[type=radio]:checked');
                if (!chosen) { return required ? '请选择有或无' : ''; }
                var text = block.querySelector('textarea');
                return chosen.value === 'true' && !text.value.trim() ? '选择“有”时请填写具体情况' : '';
            }
            case 'SingleChoice':
            case 'MultipleChoice':
                return required && !block.querySelector('input:checked') ? '请选择' : '';
            case 'Date':
                return required && !block.querySelector('input').value ? '请选择日期' : '';
            default:
                return required && !block.querySelector('textarea').value.trim() ? '请填写' : '';
        }
    }

    var sent = false;
    form.addEventListener('submit', function (e) {
        if (sent) { e.preventDefault(); return; }
        var first = null;
        form.querySelectorAll('.questionnaire-question').forEach(function (block) {
            var problem = problemOf(block);
            document.getElementById('err-' + block.dataset.key).textContent = problem;
            block.classList.toggle('has-error', !!problem);
            if (problem && !first) { first = block; }
        });
        var signatureError = document.getElementById('err-signature');
        if (pad.isEmpty()) {
            signatureError.textContent = '请先签名，后提交';
            first = first || canvas;
        } else {
            signatureError.textContent = '';
            data.value = pad.toDataURL('image/png');
        }
        if (first) {
            e.preventDefault();
            first.scrollIntoView({ block: 'center' });
            return;
        }
        sent = true;
        submit.classList.add('weui-btn_loading');
        submit.textContent = '正在提交…';
    });
})();
