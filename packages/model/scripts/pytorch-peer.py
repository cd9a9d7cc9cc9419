#!/usr/bin/env python3
"""PyTorch peer of @hep2/model for `npm run bench:model`.

Builds the same multitask SE-U-Net as packages/model/src/model (encoder, decoder, heads) from the
resolved ModelConfig JSON the benchmark passes in, trains it with the same losses (masked means,
BCE mask / softmax CE pattern / BCE or CE intensity), GradNorm on the deepest activation (one
identity tap per task consumer) and Adam (1e-3, 0.9/0.999, 1e-8), and prints one JSON line:
{"params", "train_ms" (median), "first_step_ms", "infer_patches_per_s", "threads", "torch"}.

Usage: pytorch-peer.py '<config json>' --batch 8 --infer-batch 8 --steps 5 --threads 2
       pytorch-peer.py '<config json>' --infer-only --infer-batch 8 --repeats 3 --threads 2
(--infer-only: eval-mode inference only, no training step; "train_ms" is null.)
Nothing is downloaded; random data, seeded.
"""
import argparse
import json
import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBn(nn.Module):
    """Conv (no bias) + BatchNorm (momentum 0.1, eps 1e-5) (+ ReLU), 'same' padding."""

    def __init__(self, cin, cout, k, stride=1, relu=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, stride=stride, padding=k // 2, bias=False)
        self.bn = nn.BatchNorm2d(cout, eps=1e-5, momentum=0.1)
        self.relu = relu

    def forward(self, x):
        y = self.bn(self.conv(x))
        return F.relu(y) if self.relu else y


class SqueezeExcite(nn.Module):
    def __init__(self, channels, reduction):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x):
        s = x.mean(dim=(2, 3))
        g = torch.sigmoid(self.fc2(F.relu(self.fc1(s))))
        return x * g[:, :, None, None]


class Bottleneck(nn.Module):
    """SE-ResNet bottleneck, stride on the first 1x1 conv (as in the tfjs model)."""

    def __init__(self, cin, planes, stride, reduction):
        super().__init__()
        out = planes * 4
        self.c1 = ConvBn(cin, planes, 1, stride)
        self.c2 = ConvBn(planes, planes, 3)
        self.c3 = ConvBn(planes, out, 1, relu=False)
        self.se = SqueezeExcite(out, reduction)
        self.proj = ConvBn(cin, out, 1, stride, relu=False) if stride != 1 or cin != out else None

    def forward(self, x):
        y = self.se(self.c3(self.c2(self.c1(x))))
        return F.relu(y + (self.proj(x) if self.proj is not None else x))


class Hep2Net(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        w = cfg["width"]
        self.cfg = cfg
        self.stem = ConvBn(cfg["inChannels"], w, 7, 2)
        blocks = []
        skip_channels = [w]
        ch = w
        for stage, count in enumerate(cfg["blocks"]):
            planes = w * 2**stage
            for b in range(count):
                blocks.append(Bottleneck(ch, planes, 2 if b == 0 and stage > 0 else 1, cfg["seReduction"]))
                ch = planes * 4
            skip_channels.append(ch)
        self.stage_ends = []
        i = 0
        for count in cfg["blocks"]:
            i += count
            self.stage_ends.append(i - 1)
        self.blocks = nn.ModuleList(blocks)
        skip_channels.pop()
        deepest = ch
        skips = list(reversed(skip_channels))
        dec = []
        for step, out in enumerate(cfg["decoderChannels"]):
            cin = ch + (skips[step] if step < len(skips) else 0)
            mid = cin // 2 if cfg["decoderMid"] == "half-input" else out
            dec.append(nn.Sequential(ConvBn(cin, mid, 3), ConvBn(mid, out, 3)))
            ch = out
        self.decoder = nn.ModuleList(dec)
        self.n_skips = len(skips)
        self.logit = nn.Conv2d(ch, 1, cfg["logitKernel"], padding=cfg["logitKernel"] // 2)
        self.drop_deep = nn.Dropout(cfg["bottleneckDropout"])
        hid = cfg["headHidden"]
        inten = 1 if cfg["intensityLevels"] == 2 else cfg["intensityLevels"]
        self.pattern = nn.Sequential(
            nn.Dropout(cfg["headDropout"]), nn.Linear(deepest, hid), nn.ReLU(), nn.Linear(hid, cfg["patternClasses"])
        )
        self.intensity = nn.Sequential(
            nn.Dropout(cfg["headDropout"]), nn.Linear(deepest, hid), nn.ReLU(), nn.Linear(hid, inten)
        )

    def pool(self, x):
        return x.mean(dim=(2, 3)) if self.cfg["headPooling"] == "avg" else x.amax(dim=(2, 3))

    def encode(self, x):
        f1 = self.stem(x)
        # tfjs maxPooling2d(3, 2, 'same') on an even size pads one trailing row/col (-inf).
        x = F.max_pool2d(F.pad(f1, (0, 1, 0, 1), value=-math.inf), 3, 2)
        feats = [f1]
        for i, blk in enumerate(self.blocks):
            x = blk(x)
            if i in self.stage_ends:
                feats.append(x)
        deepest = self.drop_deep(feats.pop())
        return feats, deepest

    def decode(self, deepest, feats):
        x = deepest
        skips = list(reversed(feats))
        for step, block in enumerate(self.decoder):
            x = F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=True)
            if step < len(skips):
                x = torch.cat([x, skips[step]], dim=1)
            x = block(x)
        logits = self.logit(x)
        if len(self.decoder) == self.n_skips:
            logits = F.interpolate(logits, scale_factor=2, mode="bilinear", align_corners=True)
        return logits

    def forward(self, x, taps=None):
        feats, deepest = self.encode(x)
        dm, dp, di = (deepest, deepest, deepest) if taps is None else (t(deepest) for t in taps)
        mask = self.decode(dm, feats)
        return mask, self.pattern(self.pool(dp)), self.intensity(self.pool(di))


def masked_mean(per_sample, weights):
    return (per_sample * weights).sum() / weights.sum().clamp_min(1e-12)


class GradNorm:
    """Host-side GradNorm weights with their own Adam, as in src/weighting/gradnorm.weighting.ts."""

    def __init__(self, alpha=0.06, lr=1e-3, tasks=3):
        self.alpha, self.lr, self.t = alpha, lr, 0
        self.w = [1.0] * tasks
        self.m = [0.0] * tasks
        self.v = [0.0] * tasks
        self.l0 = [None] * tasks

    def after_step(self, losses, norms):
        for i, l in enumerate(losses):
            if self.l0[i] is None and l > 0:
                self.l0[i] = l
        idx = [i for i in range(len(self.w)) if self.l0[i] is not None]
        if len(idx) < 2:
            return
        g = [norms[i] for i in idx]
        gbar = sum(g) / len(g)
        rel = [losses[i] / self.l0[i] for i in idx]
        mrel = sum(rel) / len(rel)
        self.t += 1
        for k, i in enumerate(idx):
            target = gbar * (rel[k] / mrel) ** self.alpha
            grad = math.copysign(1.0, g[k] - target) * g[k] / self.w[i]
            self.m[i] = 0.9 * self.m[i] + 0.1 * grad
            self.v[i] = 0.999 * self.v[i] + 0.001 * grad * grad
            mh = self.m[i] / (1 - 0.9**self.t)
            vh = self.v[i] / (1 - 0.999**self.t)
            self.w[i] = max(self.w[i] - self.lr * mh / (math.sqrt(vh) + 1e-8), 1e-4)
        s = sum(self.w)
        self.w = [x * len(self.w) / s for x in self.w]


def make_tap(store, i):
    class Tap(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x.view_as(x)

        @staticmethod
        def backward(ctx, dy):
            store[i] = dy.norm()
            return dy

    return Tap.apply


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--infer-batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--infer-only", action="store_true")
    args = ap.parse_args()
    cfg = json.loads(args.config)
    torch.set_num_threads(args.threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    torch.manual_seed(cfg.get("seed", 42))
    n, c, b = cfg["inputSize"], cfg["inChannels"], args.batch
    net = Hep2Net(cfg)
    params = sum(p.numel() for p in net.parameters())
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    gradnorm = GradNorm()
    norms = [None, None, None]
    taps = [make_tap(norms, i) for i in range(3)]

    images = torch.rand(b, c, n, n)
    masks = (torch.rand(b, 1, n, n) > 0.5).float()
    pattern = torch.arange(b) % cfg["patternClasses"]
    binary = cfg["intensityLevels"] == 2
    intensity = torch.arange(b) % cfg["intensityLevels"]
    ones = torch.ones(b)

    def step():
        net.train()
        mask_logits, p_logits, i_logits = net(images, taps)
        l_mask = masked_mean(
            F.binary_cross_entropy_with_logits(mask_logits, masks, reduction="none").mean(dim=(1, 2, 3)), ones
        )
        l_pat = masked_mean(F.cross_entropy(p_logits, pattern, reduction="none"), ones)
        if binary:
            l_int = F.binary_cross_entropy_with_logits(i_logits[:, 0], intensity.float(), reduction="none")
        else:
            l_int = F.cross_entropy(i_logits, intensity, reduction="none")
        losses = [l_mask, l_pat, masked_mean(l_int, ones)]
        total = sum(w * l for w, l in zip(gradnorm.w, losses))
        opt.zero_grad(set_to_none=True)
        total.backward()
        opt.step()
        gradnorm.after_step([float(l) for l in losses], [float(x) for x in norms])

    times = []
    for _ in range(0 if args.infer_only else args.steps + 1):
        t0 = time.perf_counter()
        step()
        times.append((time.perf_counter() - t0) * 1000)

    net.eval()
    x = torch.rand(args.infer_batch, c, n, n)
    infer = []
    with torch.no_grad():
        for i in range(args.repeats + 1):
            t0 = time.perf_counter()
            m, p, it = net(x)
            torch.sigmoid(m), torch.softmax(p, 1), torch.sigmoid(it)
            if i > 0:
                infer.append(time.perf_counter() - t0)
    print(
        json.dumps(
            {
                "params": params,
                "train_ms": statistics.median(times[1:]) if times else None,
                "train_ms_all": [round(t, 1) for t in times[1:]],
                "first_step_ms": times[0] if times else None,
                "infer_patches_per_s": args.infer_batch / statistics.median(infer),
                "threads": torch.get_num_threads(),
                "torch": torch.__version__,
                "weights": gradnorm.w,
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
