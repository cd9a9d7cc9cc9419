#!/usr/bin/env python3
"""Reference CNN for `npm run bench:quality`: the small network a lab would write for cell crops.

Reads the split the benchmark exported (cells.bin: N crops of side x side, uint8 or uint16 grey;
meta.json: size, bitDepth, patternClasses, train/test indices, pattern and intensity labels),
trains for a wall-clock budget and prints one JSON line with the test predictions:
{"params", "epochs", "steps", "seconds", "threads", "torch", "pattern_pred", "intensity_pred"}.

Network: four conv3x3-BN-ReLU-maxpool blocks (32, 64, 128, 192 channels), global average pool,
dropout 0.3, a pattern head (K logits) and an intensity head (1 logit); ~316k parameters. Input:
area-resized to 64 px, scaled by the bit depth (value / (2^bits - 1)); flips and quarter turns;
Adam 1e-3, batch 32, cross-entropy + BCE, constant learning rate.

Usage: reference-cnn-peer.py <folder> --seconds 180 --threads 2 --input-size 64 --seed 1
"""
import argparse
import json
import os
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class RefCnn(nn.Module):
    def __init__(self, classes, widths=(32, 64, 128, 192)):
        super().__init__()
        blocks = []
        cin = 1
        for w in widths:
            blocks += [nn.Conv2d(cin, w, 3, padding=1, bias=False), nn.BatchNorm2d(w), nn.ReLU(inplace=True), nn.MaxPool2d(2)]
            cin = w
        self.features = nn.Sequential(*blocks)
        self.drop = nn.Dropout(0.3)
        self.pattern = nn.Linear(cin, classes)
        self.intensity = nn.Linear(cin, 1)

    def forward(self, x):
        f = self.drop(self.features(x).mean(dim=(2, 3)))
        return self.pattern(f), self.intensity(f).squeeze(1)


def load(folder, input_size):
    with open(os.path.join(folder, 'meta.json')) as fh:
        meta = json.load(fh)
    n, side = meta['count'], meta['size']
    raw = open(os.path.join(folder, 'cells.bin'), 'rb').read()
    dtype = torch.int16 if meta['bitDepth'] == 16 else torch.uint8
    pixels = torch.frombuffer(bytearray(raw), dtype=dtype)
    if meta['bitDepth'] == 16:
        pixels = pixels.to(torch.int32) & 0xFFFF  # stored as little-endian uint16
    images = pixels.to(torch.float32).reshape(n, 1, side, side) / float(2 ** meta['bitDepth'] - 1)
    images = F.interpolate(images, size=(input_size, input_size), mode='area')
    pattern = torch.tensor(meta['pattern'], dtype=torch.long)
    intensity = torch.tensor(meta['intensity'], dtype=torch.float32)
    return meta, images, pattern, intensity


def augment(x):
    if torch.rand(1).item() < 0.5:
        x = torch.flip(x, dims=(3,))
    return torch.rot90(x, int(torch.randint(0, 4, (1,)).item()), dims=(2, 3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('folder')
    ap.add_argument('--seconds', type=float, default=180)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--input-size', type=int, default=64)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--seed', type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    meta, images, pattern, intensity = load(args.folder, args.input_size)
    train = torch.tensor(meta['train'], dtype=torch.long)
    test = torch.tensor(meta['test'], dtype=torch.long)
    model = RefCnn(meta['patternClasses'])
    params = sum(p.numel() for p in model.parameters())
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    started = time.perf_counter()
    steps = 0
    epochs = 0.0
    done = False
    while not done:
        order = train[torch.randperm(len(train))]
        for b in range(0, len(order), args.batch):
            if time.perf_counter() - started >= args.seconds:
                done = True
                break
            idx = order[b : b + args.batch]
            model.train()
            p_logits, i_logits = model(augment(images[idx]))
            loss = F.cross_entropy(p_logits, pattern[idx]) + F.binary_cross_entropy_with_logits(i_logits, intensity[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            steps += 1
            epochs += len(idx) / len(order)
    seconds = time.perf_counter() - started
    model.eval()
    p_pred, i_pred = [], []
    with torch.no_grad():
        for b in range(0, len(test), 256):
            p_logits, i_logits = model(images[test[b : b + 256]])
            p_pred += p_logits.argmax(1).tolist()
            i_pred += (i_logits > 0).long().tolist()
    print(
        json.dumps(
            {
                'params': params,
                'epochs': round(epochs, 3),
                'steps': steps,
                'seconds': round(seconds, 2),
                'threads': torch.get_num_threads(),
                'torch': torch.__version__,
                'pattern_pred': p_pred,
                'intensity_pred': i_pred,
            }
        )
    )
    sys.stdout.flush()


if __name__ == '__main__':
    main()
