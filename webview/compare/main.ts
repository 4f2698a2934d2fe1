import 'uplot/dist/uPlot.min.css';
import './compare.css';
import { ComparePage } from './comparePage';
import { connectToHost } from './host';

const root = document.getElementById('app') ?? document.body;
const page = new ComparePage(root, connectToHost());

window.addEventListener('message', (event: MessageEvent<unknown>) =>
  page.receive(event.data),
);
page.start();
