import { mount } from 'svelte';
import App from './App.svelte';
import './workbench.css';

mount(App, { target: document.getElementById('app')! });
