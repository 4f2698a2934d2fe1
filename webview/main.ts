import 'uplot/dist/uPlot.min.css';
import './main.css';
import { connectToHost } from './host';
import { Panel } from './panel';
import { exposeForTests } from './testHooks';
import { defineToolkit } from './ui/toolkit';

const root = document.getElementById('app') ?? document.body;
const panel = new Panel(root, connectToHost());

window.addEventListener('message', (event: MessageEvent<unknown>) =>
  panel.receive(event.data),
);
exposeForTests(panel);
void defineToolkit();
panel.start();
