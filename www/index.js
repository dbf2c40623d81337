// Demo page: the presets menu swaps the figures shown by the article's calculator.

const menu = document.getElementById('preset-menu');
const widget = document.getElementById('main-widget');

menu.value = widget.getAttribute('preset') || menu.value;
menu.addEventListener('change', () => widget.setAttribute('preset', menu.value));
