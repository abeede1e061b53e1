# Word statistics over a text: split, lower, strip, dict counting, sorting.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  A fox, a dog, and THE end."""
def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;!").lower()
        if w:
            out.append(w)
    return out
def main():
    ws = words(TEXT)
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    print(len(ws), "words,", len(counts), "distinct")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for word, n in top:
        print(f"{word:<6}{n:>3} {'#' * n}")
    lengths = {}
    for w in counts:
        lengths.setdefault(len(w), []).append(w)
    for n in sorted(lengths):
        print(n, sorted(lengths[n]))
    lines = TEXT.split("\n")
    print([len(line) for line in lines], max(lines, key=len)[:10])
    print(" ".join(w.upper() if counts[w] > 2 else w for w in ws[:9]))
    longest = max(counts, key=lambda w: (len(w), w))
    print(longest, longest.startswith("s"), longest.replace("s", "$"))
if __name__ == "__main__":
    main()
print(__name__)
