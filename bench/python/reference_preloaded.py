"""The reference recipe with all images in one tensor, batched by a per-epoch randperm."""

import torch
from torch import nn

from common import Report, load_split, parse_args
from torch_recipe import (
    BATCH_SIZE,
    LEARNING_RATE,
    evaluate,
    reference_model,
    torch_details,
)


def split_tensors(data_dir, split):
    pixels, labels = load_split(data_dir, split)
    return torch.from_numpy(pixels), torch.from_numpy(labels)


def main():
    args = parse_args(__doc__)
    torch.manual_seed(args.seed)

    train_x, train_y = split_tensors(args.data_dir, 'train')
    test_x, test_y = split_tensors(args.data_dir, 'test')
    test_batches = list(zip(test_x.split(1000), test_y.split(1000)))
    steps_per_epoch = len(train_x) // BATCH_SIZE

    model = reference_model()
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    report = Report()

    for epoch in range(args.epochs):
        report.start_epoch(epoch)
        order = torch.randperm(len(train_x))
        for batch in range(steps_per_epoch):
            index = order[batch * BATCH_SIZE : (batch + 1) * BATCH_SIZE]
            optimizer.zero_grad()
            loss = loss_function(model(train_x[index]), train_y[index])
            loss.backward()
            optimizer.step()
            report.add_loss(batch, loss.item())

        report.end_training()
        report.end_epoch(*evaluate(model, test_batches))

    report.finish(args.epochs * steps_per_epoch, torch_details())


if __name__ == '__main__':
    main()
