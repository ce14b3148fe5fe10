import { mount } from 'svelte';
import App from './App.svelte';
import '../../../src/app.css';
import './base.css';
import './review.css';

mount(App, { target: document.getElementById('app')! });
