"""The reference model and its test evaluation, shared by the two PyTorch variants."""

import torch
from torch import nn

from common import loaded_blas

LEARNING_RATE = 1e-4
BATCH_SIZE = 10


def reference_model():
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(28 * 28, 64),
        nn.Dropout(0.5),
        nn.ReLU(),
        nn.Linear(64, 32),
        nn.Dropout(0.5),
        nn.ReLU(),
        nn.Linear(32, 10),
    )


def evaluate(model, batches):
    """Mean cross-entropy and accuracy over (inputs, targets) batches."""
    model.eval()
    loss_sum, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in batches:
            logits = model(inputs)
            loss = nn.functional.cross_entropy(logits, targets, reduction='sum')
            loss_sum += loss.item()
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)

    model.train()
    return loss_sum / count, correct / count


def torch_details():
    return {
        'torch': torch.__version__,
        'threads': torch.get_num_threads(),
        'blas': loaded_blas(),
    }
