/**
 * The demo shop's assortment: 8 categories, 60 products with price levels, return rates per category,
 * and which category each interest leads to. Product names include a quote and commas on purpose, so
 * every demo file exercises CSV quoting.
 */
import { type WeightedTable, weightedTable, zipfWeights } from './random.js';

export interface Product {
  /** Position in `products`, used to index price tables. */
  readonly index: number;
  readonly name: string;
  readonly category: number;
  readonly basePrice: number;
}

export interface Category {
  readonly index: number;
  readonly name: string;
  /** Share of a line going to this category for a consumer / a business without a favourite. */
  readonly consumerWeight: number;
  readonly businessWeight: number;
  /** Probability that a sold line is sent back. */
  readonly returnRate: number;
  /** Black Friday discounts apply to this category. */
  readonly promoted: boolean;
  /** Listed most popular first: the everyday pick. */
  readonly popular: WeightedTable<Product>;
  /** Biased to the expensive items: the pick of a premium shopper. */
  readonly premium: WeightedTable<Product>;
}

type ProductSpec = [name: string, basePrice: number];
type CategorySpec = [name: string, consumer: number, business: number, returnRate: number, promoted: boolean];

const ASSORTMENT: Array<[CategorySpec, ProductSpec[]]> = [
  [
    ['Electronics', 16, 14, 0.04, true],
    [
      ['Wireless Earbuds', 59.99],
      ['USB-C Charger 65W', 29.99],
      ['Bluetooth Speaker', 39.99],
      ['Smartwatch', 199],
      ['Noise-Cancelling Headphones', 249],
      ['Monitor 27" 4K', 329],
      ['Tablet 10"', 349],
      ['Laptop 14"', 899],
    ],
  ],
  [
    ['Fashion', 18, 3, 0.085, true],
    [
      ['Cotton T-Shirt', 14.99],
      ['Slim Jeans', 49.99],
      ['Running Shoes', 89.99],
      ['Summer Dress', 59.99],
      ['Wool Sweater', 69.99],
      ['Leather Belt', 34.99],
      ['Rain Jacket', 119],
      ['Winter Coat', 189],
    ],
  ],
  [
    ['Home & Kitchen', 14, 8, 0.03, false],
    [
      ['Scented Candle', 12.99],
      ['Non-Stick Pan 28cm', 39.99],
      ['Storage Boxes (set of 3)', 24.99],
      ['Chef Knife', 44.99],
      ['Table Lamp', 49.99],
      ['Coffee Grinder', 54.99],
      ['Bed Linen Set', 79.99],
      ['Stand Mixer', 299],
    ],
  ],
  [
    ['Beauty & Health', 12, 4, 0.015, false],
    [
      ['Face Moisturiser', 19.99],
      ['Vitamin D3 Tablets', 9.99],
      ['Sunscreen SPF 50', 14.99],
      ['Shampoo & Conditioner Set', 16.99],
      ['Electric Toothbrush', 69.99],
      ['Hair Dryer', 59.99],
      ['Perfume 50ml', 74.99],
    ],
  ],
  [
    ['Sports & Outdoors', 10, 2, 0.04, true],
    [
      ['Water Bottle', 14.99],
      ['Yoga Mat', 24.99],
      ['Dumbbell Set 10kg', 49.99],
      ['Cycling Helmet', 59.99],
      ['Hiking Backpack 30L', 79.99],
      ['Fitness Tracker', 99.99],
      ['Tent, 2-Person', 149],
    ],
  ],
  [
    ['Books & Media', 10, 4, 0.015, false],
    [
      ['Paperback Novel', 9.99],
      ["Children's Picture Book", 12.99],
      ['Cookbook', 24.99],
      ['Board Game', 34.99],
      ['Vinyl Record', 27.99],
      ['Video Game', 59.99],
      ['E-Reader', 129],
    ],
  ],
  [
    ['Grocery & Gourmet', 14, 10, 0.005, false],
    [
      ['Dark Chocolate Bar', 2.99],
      ['Tea, Green (100 bags)', 7.99],
      ['Mixed Nuts 500g', 9.99],
      ['Extra Virgin Olive Oil 1L', 12.99],
      ['Café Espresso Beans 1kg', 21.99],
      ['Dates, Medjool 1kg', 16.99],
      ['Saffron 2g', 14.99],
      ['Pet Food 12kg', 49.99],
    ],
  ],
  [
    ['Office Supplies', 6, 55, 0.02, false],
    [
      ['Ballpoint Pens (50)', 11.99],
      ['Printer Paper A4 (5 reams)', 24.99],
      ['Notebooks A5 (10)', 17.99],
      ['Desk Organizer', 19.99],
      ['Ink Cartridge Multipack', 39.99],
      ['Laser Printer', 199],
      ['Ergonomic Office Chair', 249],
    ],
  ],
];

export const products: Product[] = [];

export const categories: Category[] = ASSORTMENT.map(
  ([[name, consumerWeight, businessWeight, returnRate, promoted], specs], index) => {
    const own = specs.map(([productName, basePrice]) => {
      const product: Product = { index: products.length, name: productName, category: index, basePrice };
      products.push(product);
      return product;
    });
    const popularity = zipfWeights(own.length, 0.9);
    return {
      index,
      name,
      consumerWeight,
      businessWeight,
      returnRate,
      promoted,
      popular: weightedTable(own, popularity),
      premium: weightedTable(
        own,
        own.map((product, k) => (popularity[k] ?? 0) * product.basePrice ** 0.6),
      ),
    };
  },
);

export const consumerCategories: Float64Array = weightedTable(
  categories,
  categories.map((c) => c.consumerWeight),
).cumulative;

export const businessCategories: Float64Array = weightedTable(
  categories,
  categories.map((c) => c.businessWeight),
).cumulative;

export function categoryIndex(name: string): number {
  const found = categories.findIndex((c) => c.name === name);
  if (found < 0) throw new Error(`Unknown demo category ${name}`);
  return found;
}
