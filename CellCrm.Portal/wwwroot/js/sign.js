// 电子签署: pdf.js draws every page of the document to a canvas the width of the phone, then the customer signs on
// the signature pad; the form is sent once (the server checks signer, order, state and the signature again).
import * as pdfjsLib from '/lib/pdfjs/pdf.min.js';

pdfjsLib.GlobalWorkerOptions.workerSrc = '/lib/pdfjs/pdf.worker.min.js';

const pages = document.getElementById('pdf-pages');
const loading = document.getElementById('pdf-loading');

async function showPdf() {
    try {
        const pdf = await pdfjsLib.getDocument({ url: pages.dataset.src, withCredentials: true }).promise;
        const ratio = Math.max(window.devicePixelRatio || 1, 1);
        for (let n = 1; n <= pdf.numPages; n++) {
            const page = await pdf.getPage(n);
            const fit = page.getViewport({ scale: 1 });
            const viewport = page.getViewport({ scale: (pages.clientWidth / fit.width) * ratio });
            const canvas = document.createElement('canvas');
            canvas.className = 'pdf-page';
            canvas.width = Math.floor(viewport.width);
            canvas.height = Math.floor(viewport.height);
            canvas.setAttribute('aria-label', '第 ' + n + ' 页');
            pages.appendChild(canvas);
            await page.render({ canvas: canvas, canvasContext: canvas.getContext('2d'), viewport: viewport }).promise;
        }
        loading.remove();
        pages.dataset.rendered = String(pdf.numPages);
    } catch (e) {
        loading.textContent = '文件加载失败，请点击“下载文件”查看';
        pages.dataset.rendered = 'error';
    }
}

const form = document.getElementById('sign-form');
const canvas = document.getElementById('signature-pad');
const data = document.getElementById('signature-data');
const submit = document.getElementById('sign-submit');
const error = document.getElementById('err-signature');
const pad = new window.SignaturePad(canvas, { minWidth: 1, maxWidth: 3, penColor: '#111' });

function resize() {
    const kept = pad.isEmpty() ? null : pad.toDataURL('image/png');
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d').scale(ratio, ratio);
    pad.clear();
    if (kept) {
        pad.fromDataURL(kept, { ratio: ratio, width: canvas.offsetWidth, height: canvas.offsetHeight });
    }
}
window.addEventListener('resize', resize);
resize();
pad.addEventListener('endStroke', () => { error.textContent = ''; });
document.getElementById('signature-clear').addEventListener('click', () => { pad.clear(); data.value = ''; });

let sent = false;
form.addEventListener('submit', (e) => {
    if (sent) { e.preventDefault(); return; }
    if (pad.isEmpty()) {
        e.preventDefault();
        error.textContent = '请先签名，后提交';
        canvas.scrollIntoView({ block: 'center' });
        return;
    }
    data.value = pad.toDataURL('image/png');
    sent = true;
    submit.classList.add('weui-btn_loading');
    submit.textContent = '正在签署…';
});

showPdf();
