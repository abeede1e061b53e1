# Integer presentation types: hex, octal, binary, alternate forms, padding.
for v in [0, 1, 10, 255, 4096, -255, 2 ** 70]:
    print(f"{v:x} {v:X} {v:o} {v:b} {v:#x} {v:#X} {v:#o} {v:#b}")
print(f"{255:08b}|{255:#010b}|{5:>8b}|{5:<8b}|{5:^8b}|")
print(f"{255:04x}|{255:#06x}|{-255:#06x}|{-255:06x}|")
print(f"{0xdeadbeef:_x}|{0b11111111:_b}|{2 ** 20:_o}|")
print(f"{65535:,d}|{65535:+x}|{65535: X}|")
print(f"{True:x}|{False:b}|{65:c}|")
width = 12
print(f"{1 << 40:>{width}x}|{1 << 40:0{width}b}"[:40])
