# Text formatting with f-strings: a sales report with aligned columns, totals and a bar chart.
sales = [
    ("North", "Widget", 1250, 3.75),
    ("South", "Widget", 980, 3.75),
    ("North", "Gadget", 310, 12.50),
    ("East", "Gizmo", 45, 99.99),
    ("South", "Gadget", 505, 12.50),
    ("West", "Widget", 1500, 3.60),
    ("East", "Widget", 0, 3.75),
]
header = f"{'Region':<8}{'Product':<9}{'Units':>7}{'Price':>9}{'Revenue':>12}"
print(header)
print("=" * len(header))
total = 0
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    print(f"{region:<8}{product:<9}{units:>7,}{price:>9.2f}{revenue:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<24}{sum(s[2] for s in sales):>7,}{'':>9}{total:>12,.2f}")
print()
by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
peak = max(by_region.values())
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    bar = "#" * round(30 * rev / peak)
    print(f"{region:>6} |{bar:<30}| {rev:9.2f} {rev / total:6.1%}")
print()
by_product = {}
for _, product, units, _ in sales:
    by_product.setdefault(product, []).append(units)
for product in sorted(by_product):
    units = by_product[product]
    avg = sum(units) / len(units)
    print(f"{product:^10}|{len(units):^5}|{min(units):>6}|{max(units):>6}|{avg:>9.1f}")
print()
print(f"{'centered':^20}|")
print(f"{'left':*<20}|")
print(f"{'right':->20}|")
print(f"{3.14159:+.3f} {-2.5:+.1f} {42:+d} {0.000123:.2e} {1e6:,.0f} {255:#06x} {7:03d}")
w, p = 12, 3
for v in (1, 22.5, 333.333):
    print(f"[{v:{w}.{p}f}] [{v:<{w}.{p}g}] [{v:^{w}}]")
