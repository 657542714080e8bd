/** The seeded demo shop: customers and orders made on the spot, for the start page and the benchmark. */

export { WINDOW_END, WINDOW_START } from './calendar.js';
export { CUSTOMER_HEADER, customerId, generateCustomers } from './customers.js';
export { type DemoOptions, type DemoSize, resolveDemoSize } from './options.js';
export { generateOrders, ORDER_HEADER } from './orders.js';
export { type DemoFiles, writeDemoCsv } from './writeDemoCsv.js';
