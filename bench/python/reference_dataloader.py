"""The reference recipe trained as the dropout tutorial does, through a DataLoader."""

import gzip
import os
import shutil
import tempfile

import torch
import torchvision
from torch import nn
from torch.utils.data import DataLoader
from torchvision import transforms

from common import Report, parse_args
from torch_recipe import (
    BATCH_SIZE,
    LEARNING_RATE,
    evaluate,
    reference_model,
    torch_details,
)

IDX_FILES = [
    'train-images-idx3-ubyte',
    'train-labels-idx1-ubyte',
    't10k-images-idx3-ubyte',
    't10k-labels-idx1-ubyte',
]


def torchvision_layout(data_dir, root):
    """Lays the IDX files out as `<root>/FashionMNIST/raw/`, where torchvision looks.

    torchvision 0.14 opens the raw files uncompressed, so a gzipped file is expanded
    rather than linked.
    """
    raw = os.path.join(root, 'FashionMNIST', 'raw')
    os.makedirs(raw)
    for name in IDX_FILES:
        source = os.path.join(data_dir, name)
        if os.path.exists(source):
            os.symlink(source, os.path.join(raw, name))
            continue

        with gzip.open(source + '.gz', 'rb') as packed:
            with open(os.path.join(raw, name), 'wb') as out:
                shutil.copyfileobj(packed, out)


def main():
    args = parse_args(__doc__)
    torch.manual_seed(args.seed)

    with tempfile.TemporaryDirectory(prefix='trainboard-bench-') as root:
        torchvision_layout(args.data_dir, root)
        dataset = torchvision.datasets.FashionMNIST(
            root, train=True, download=False, transform=transforms.ToTensor()
        )
        test_set = torchvision.datasets.FashionMNIST(
            root, train=False, download=False, transform=transforms.ToTensor()
        )

    train_loader = DataLoader(dataset, batch_size=BATCH_SIZE, shuffle=True, num_workers=1)
    test_loader = DataLoader(test_set, batch_size=1000, shuffle=False, num_workers=1)

    model = reference_model()
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    report = Report()

    for epoch in range(args.epochs):
        report.start_epoch(epoch)
        for batch, (inputs, targets) in enumerate(train_loader):
            optimizer.zero_grad()
            loss = loss_function(model(inputs), targets)
            loss.backward()
            optimizer.step()
            report.add_loss(batch, loss.item())

        report.end_training()
        report.end_epoch(*evaluate(model, test_loader))

    report.finish(args.epochs * len(train_loader), torch_details())


if __name__ == '__main__':
    main()
