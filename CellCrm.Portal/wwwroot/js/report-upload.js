// 上传体检报告: each chosen file is sent on its own (XHR, so the bar shows the upload progress), one after another;
// the server streams it to the file store and answers JSON. No library needed.
(function () {
    'use strict';

    // Confirmation before removing a report or completing the upload; a form is sent once.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        var message = form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            e.preventDefault();
            return;
        }
        var button = form.querySelector('button[type=submit]');
        if (button) {
            setTimeout(function () { button.disabled = true; button.classList.add('weui-btn_disabled'); }, 0);
        }
    });

    var root = document.getElementById('report-upload');
    if (!root) {
        return;
    }

    var input = document.getElementById('report-files');
    var list = document.getElementById('report-list');
    var empty = document.getElementById('no-reports');
    var count = document.getElementById('report-count');
    var template = document.getElementById('report-item-template');
    var progress = document.getElementById('upload-progress');
    var progressName = document.getElementById('upload-progress-name');
    var bar = document.getElementById('upload-progress-bar');
    var percent = document.getElementById('upload-progress-percent');
    var errors = document.getElementById('upload-errors');
    var complete = document.getElementById('complete-upload');
    var tokenInput = document.querySelector('input[name=__RequestVerificationToken]');
    var maxBytes = Number(root.getAttribute('data-max-bytes'));
    var url = root.getAttribute('data-upload-url');
    var busy = false;

    input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files);
        input.value = '';
        if (files.length === 0 || busy) {
            return;
        }
        errors.innerHTML = '';
        busy = true;
        if (complete) { complete.disabled = true; }
        next(files);
    });

    function next(files) {
        if (files.length === 0) {
            busy = false;
            if (complete) { complete.disabled = false; }
            progressName.textContent = '上传完成';
            return;
        }
        var file = files.shift();
        if (file.size > maxBytes) {
            showError(file.name, '文件超过 ' + Math.floor(maxBytes / 1048576) + ' MB 的上限，请压缩后或分开上传');
            next(files);
            return;
        }
        upload(file, function () { next(files); });
    }

    function upload(file, then) {
        var xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        xhr.setRequestHeader('RequestVerificationToken', tokenInput ? tokenInput.value : '');
        xhr.setRequestHeader('Accept', 'application/json');
        setProgress(file.name, 0);
        progress.hidden = false;
        xhr.upload.onprogress = function (e) {
            if (e.lengthComputable) { setProgress(file.name, e.loaded / e.total); }
        };
        xhr.onload = function () {
            var body = null;
            try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
            if (xhr.status === 200 && body && body.id) {
                setProgress(file.name, 1);
                add(body);
            } else {
                showError(file.name, (body && body.error) || '上传失败，请重试');
            }
            then();
        };
        xhr.onerror = function () {
            showError(file.name, '网络异常，上传失败，请重试');
            then();
        };
        var form = new FormData();
        form.append('file', file, file.name);
        xhr.send(form);
    }

    function setProgress(name, fraction) {
        var value = Math.round(fraction * 100);
        progressName.textContent = '正在上传：' + name;
        bar.style.width = value + '%';
        percent.textContent = value + '%';
        progress.setAttribute('data-percent', String(value));
    }

    function add(report) {
        if (list.querySelector('[data-file-id="' + report.id + '"]')) {
            return; // the same file again: the server kept the first
        }
        var item = template.content.firstElementChild.cloneNode(true);
        item.setAttribute('data-file-id', report.id);
        item.querySelectorAll('a').forEach(function (a) { a.href = report.url; });
        var thumb = item.querySelector('.report-thumb');
        var badge = item.querySelector('.report-badge');
        if (report.kind === 'image') {
            thumb.src = report.url;
            thumb.hidden = false;
            badge.hidden = true;
        } else {
            badge.textContent = report.kind === 'pdf' ? 'PDF' : report.kind === 'heic' ? 'HEIC' : '文件';
        }
        item.querySelector('.report-name').textContent = report.name;
        item.querySelector('.report-size').textContent = size(report.size);
        item.querySelector('.report-file-id').value = report.id;
        list.insertBefore(item, empty);
        empty.hidden = true;
        count.textContent = String(list.querySelectorAll('.report-item').length);
    }

    function size(bytes) {
        if (bytes < 1024) { return bytes + ' B'; }
        if (bytes < 1048576) { return (bytes / 1024).toFixed(1).replace(/\.0$/, '') + ' KB'; }
        return (bytes / 1048576).toFixed(1).replace(/\.0$/, '') + ' MB';
    }

    function showError(name, message) {
        var li = document.createElement('li');
        li.textContent = name + '：' + message;
        errors.appendChild(li);
    }
}());
