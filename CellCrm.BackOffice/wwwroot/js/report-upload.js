// 代客户上传: each chosen file is sent on its own (XHR, with the upload progress on the bar), one after another, to
// the streaming endpoint; the page reloads once all are done so the list shows them.
(function () {
    'use strict';
    var root = document.getElementById('staff-upload');
    if (!root) {
        return;
    }

    var input = document.getElementById('staff-report-files');
    var progress = document.getElementById('staff-upload-progress');
    var bar = document.getElementById('staff-upload-bar');
    var errors = document.getElementById('staff-upload-errors');
    var token = root.querySelector('input[name=__RequestVerificationToken]').value;
    var maxBytes = Number(root.getAttribute('data-max-bytes'));
    var url = root.getAttribute('data-upload-url');

    input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files);
        input.value = '';
        errors.innerHTML = '';
        var stored = 0;
        (function next() {
            if (files.length === 0) {
                if (stored > 0 && errors.children.length === 0) {
                    window.location.reload();
                } else if (stored > 0) {
                    showError('', '其余文件已上传，刷新页面后可见');
                }
                return;
            }
            var file = files.shift();
            if (file.size > maxBytes) {
                showError(file.name, '文件超过 ' + Math.floor(maxBytes / 1048576) + ' MB 的上限，请压缩后或分开上传');
                next();
                return;
            }
            var xhr = new XMLHttpRequest();
            xhr.open('POST', url);
            xhr.setRequestHeader('RequestVerificationToken', token);
            xhr.setRequestHeader('Accept', 'application/json');
            progress.hidden = false;
            set(0);
            xhr.upload.onprogress = function (e) { if (e.lengthComputable) { set(e.loaded / e.total); } };
            xhr.onload = function () {
                var body = null;
                try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
                if (xhr.status === 200 && body && body.id) {
                    stored++;
                    set(1);
                } else {
                    showError(file.name, (body && body.error) || '上传失败，请重试');
                }
                next();
            };
            xhr.onerror = function () { showError(file.name, '网络异常，上传失败，请重试'); next(); };
            var form = new FormData();
            form.append('file', file, file.name);
            xhr.send(form);
        }());
    });

    function set(fraction) {
        var value = Math.round(fraction * 100);
        bar.style.width = value + '%';
        bar.textContent = value + '%';
        progress.setAttribute('aria-valuenow', String(value));
    }

    function showError(name, message) {
        var li = document.createElement('li');
        li.textContent = name ? name + '：' + message : message;
        errors.appendChild(li);
    }
}());
